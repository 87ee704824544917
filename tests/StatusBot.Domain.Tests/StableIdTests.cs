using StatusBot.Domain.Plans;

namespace StatusBot.Domain.Tests;

public class StableIdTests
{
    [Fact]
    public void Plan_ids_are_ascii_and_deterministic()
    {
        var a = new Plan("Hägersten-Älvsjö stadsdelsnämnd", 2024, DocumentKind.Verksamhetsplan);
        var b = new Plan(" Hägersten-Älvsjö stadsdelsnämnd ", 2024, DocumentKind.Verksamhetsplan);
        Assert.Equal("hagersten-alvsjo-stadsdelsnamnd/2024/verksamhetsplan", a.Id);
        Assert.Equal(a.Id, b.Id);
    }

    [Fact]
    public void Document_kind_and_year_separate_plans()
    {
        var vp = new Plan("Enskede-Årsta-Vantörs stadsdelsnämnd", 2023, DocumentKind.Verksamhetsplan);
        var vb = new Plan("Enskede-Årsta-Vantörs stadsdelsnämnd", 2023, DocumentKind.Verksamhetsberattelse);
        var next = new Plan("Enskede-Årsta-Vantörs stadsdelsnämnd", 2024, DocumentKind.Verksamhetsplan);
        Assert.Equal(3, new[] { vp.Id, vb.Id, next.Id }.Distinct().Count());
    }

    [Fact]
    public void Rejects_missing_organisation_and_absurd_year()
    {
        Assert.Throws<ArgumentException>(() => new Plan(" ", 2024, DocumentKind.Verksamhetsplan));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Plan("X", 24, DocumentKind.Verksamhetsplan));
    }
}
