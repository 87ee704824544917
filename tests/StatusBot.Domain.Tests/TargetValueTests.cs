using StatusBot.Domain.Indicators;

namespace StatusBot.Domain.Tests;

public class TargetValueTests
{
    [Theory]
    [InlineData("2,7 %", 2.7, "%")]
    [InlineData("96,5  %", 96.5, "%")]
    [InlineData("77%", 77, "%")]
    [InlineData("15 st", 15, "st")]
    [InlineData("1 000 st", 1000, "st")]
    [InlineData("11 000 st", 11000, "st")]
    [InlineData("4,9", 4.9, null)]
    [InlineData("0,04", 0.04, null)]
    [InlineData("3,12 GWh", 3.12, "GWh")]
    [InlineData("1,4 kg CO2 per kg livsmedel", 1.4, "kg CO2 per kg livsmedel")]
    public void Numbers_keep_value_and_unit(string raw, double value, string? unit)
    {
        var t = TargetValue.Parse(raw);
        Assert.Equal(TargetKind.Number, t.Kind);
        Assert.Equal((decimal)value, t.Value);
        Assert.Equal(unit, t.Unit);
    }

    [Theory]
    [InlineData("Ökning", Direction.Higher)]
    [InlineData("öka", Direction.Higher)]
    [InlineData("Minskning", Direction.Lower)]
    public void Directions_are_directions(string raw, Direction direction)
    {
        var t = TargetValue.Parse(raw);
        Assert.Equal(TargetKind.Direction, t.Kind);
        Assert.Equal(direction, t.Direction);
        Assert.Equal(raw, t.Display);
    }

    [Theory]
    [InlineData("Fastställs 2024")]
    [InlineData("Tas fram av nämnd")]
    [InlineData("Tas fram av nämnd/styrelse")]
    [InlineData("Oförändrat")]
    [InlineData("Minst 80 %")]
    [InlineData("Mellan 3 och 7 dagar")]
    [InlineData("10–20 dagar")]
    [InlineData("5-10 %")]
    [InlineData("Bättre än riket")]
    public void Notes_stay_text(string raw)
    {
        var t = TargetValue.Parse(raw);
        Assert.Equal(TargetKind.Text, t.Kind);
        Assert.Equal(raw, t.Display);
        Assert.Null(t.Value);
    }

    [Fact]
    public void Band_and_max_keep_their_bound()
    {
        var band = TargetValue.Parse("+/-1 %");
        Assert.Equal((TargetKind.Band, 1m, "%"), (band.Kind, band.Value, band.Unit));
        var max = TargetValue.Parse("Max 10 personer");
        Assert.Equal((TargetKind.Max, 10m, "personer"), (max.Kind, max.Value, max.Unit));
        var highest = TargetValue.Parse("Högst 3,5 %");
        Assert.Equal((TargetKind.Max, 3.5m, "%", "Högst 3,5 %"), (highest.Kind, highest.Value, highest.Unit, highest.Display));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_is_empty(string? raw) => Assert.Equal(TargetKind.Empty, TargetValue.Parse(raw).Kind);

    [Theory]
    [InlineData("1 000 st", "1 000 st")]
    [InlineData("2,70 %", "2,7 %")]
    [InlineData("96,5  %", "96,5 %")]
    public void Displays_in_swedish_form(string raw, string display) => Assert.Equal(display, TargetValue.Parse(raw).Display);
}
