using StatusBot.Domain.Plans;
using StatusBot.Import.Json;
using StatusBot.Testing.Plans;

namespace StatusBot.Import.Tests.Json;

public sealed class StoreJsonRoundTripTests
{
    [Fact]
    public void Writer_then_reader_gives_equal_plans()
    {
        var plans = new[]
        {
            SamplePlans.Namnd(),
            SamplePlans.Namnd("Enskede-Årsta-Vantörs stadsdelsnämnd", 2023, DocumentKind.Verksamhetsplan),
            SamplePlans.Small(),
            new Plan("Stöd- och aktivitetsenheten", 2023, DocumentKind.Verksamhetsplan) { ParentOrganisation = "Hägersten-Älvsjö stadsdelsnämnd" },
        };
        plans[0].ParentOrganisation = "Stockholms stad";

        var read = StoreJsonReader.Parse(StoreJsonWriter.ToJson(plans));

        PlanSnapshot.AssertEqual(plans, read);
    }

    [Fact]
    public void Writing_what_was_read_gives_the_same_bytes()
    {
        var json = StoreJsonWriter.ToJson([SamplePlans.Namnd(), SamplePlans.Small()]);

        Assert.Equal(json, StoreJsonWriter.ToJson(StoreJsonReader.Parse(json)));
    }

    [Fact]
    public void Stream_api_round_trips_through_a_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"statusbot-export-{Guid.NewGuid():N}.json");
        try
        {
            using (var output = File.Create(file)) StoreJsonWriter.Write(output, [SamplePlans.Namnd()]);
            using var input = File.OpenRead(file);
            PlanSnapshot.AssertEqual([SamplePlans.Namnd()], StoreJsonReader.Read(input));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Swedish_letters_are_written_as_utf8_not_escaped()
    {
        var json = StoreJsonWriter.ToJson([SamplePlans.Namnd()]);

        Assert.Contains("\"organisation\": \"Hägersten-Älvsjö stadsdelsnämnd\"", json);
        Assert.Contains("Vårdnadshavare är nöjda – även i ytterområdena.", json);
        Assert.DoesNotContain("\\u00", json);
    }
}
