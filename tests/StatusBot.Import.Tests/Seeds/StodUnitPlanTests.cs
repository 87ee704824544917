using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;

namespace StatusBot.Import.Tests.Seeds;

/// <summary>stod: Stöd- och aktivitetsenheten, a unit of Hägersten-Älvsjö, verksamhetsplan 2023 (DOMAIN §7.4).</summary>
public class StodUnitPlanTests
{
    private static Plan Plan => SeedPlans.Stod;

    [Fact]
    public void A_unit_plan_names_the_unit_and_its_namnd()
    {
        Assert.Equal("Stöd- och aktivitetsenheten", Plan.Organisation);
        Assert.Equal("Hägersten-Älvsjö stadsdelsnämnd", Plan.ParentOrganisation);
        Assert.Equal(2023, Plan.Year);
        Assert.Equal(DocumentKind.Verksamhetsplan, Plan.Document);
    }

    [Fact]
    public void Has_the_acceptance_counts_and_skips_the_table_of_contents()
    {
        Assert.Equal(3, Plan.OfLevel(GoalLevel.Inriktningsmal).Count());
        Assert.Equal(["1.3", "1.5", "2.1", "3.1", "3.4", "3.5", "3.7"], Plan.OfLevel(GoalLevel.Verksamhetsomradesmal).Select(g => g.Number));
        Assert.Equal(7, Plan.OfLevel(GoalLevel.Namndmal).Count());
        Assert.Equal(6, Plan.OfLevel(GoalLevel.Enhetsmal).Count());
        Assert.Equal(5, Plan.Indicators().Count());
        Assert.Equal(6, Plan.Activities().Count());
        Assert.All(Plan.Activities(), a => Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (a.Start!.Value, a.End!.Value)));
    }

    public static TheoryData<string, string, string> Enhetsmal => new()
    {
        { "1.3.1", "1.3.1.e1", "Enhetens insatser är utformade så att de stärker brukarens/deltagarens möjlighet att leva ett självständigt liv." },
        { "1.5.1", "1.5.1.e1", "Brukare/deltagare deltar i verksamheternas gemensamma kulturevenemang samt informeras om kultur, fritidsaktiviteter och föreningsliv som finns i stadsdelen och staden." },
        { "2.1.1", "2.1.1.e1", "Enheten arbetar för att stadsdelsnämnden är en fossilbränslefri organisation med minimal klimatpåverkan" },
        { "3.1.1", "3.1.1.e1", "Enheten bedriver verksamheten inom sin ekonomiska ram" },
        { "3.4.1", "3.4.1.e1", "Enheten är en god arbetsgivare och har en god arbetsmiljö" },
        { "3.5.1", "3.5.1.e1", "Enhetens verksamheter har en hög beredskap" },
    };

    [Theory]
    [MemberData(nameof(Enhetsmal))]
    public void Enhetsmal_have_title_parent_key_and_sections(string parent, string key, string title)
    {
        var goal = Assert.Single(Plan.OfLevel(GoalLevel.Enhetsmal), g => g.Title == title);
        Assert.Null(goal.Number);
        Assert.Null(goal.PrintedNumber);
        Assert.Equal(Plan.Goal(parent).Id, goal.ParentId);
        Assert.Equal(StableId.ForGoal(Plan.Id, key), goal.Id);
        Assert.NotEmpty(goal.ExpectedResults);
        Assert.Equal(["Arbetssätt", "Uppföljning", "Utveckling"], goal.Sections.Keys.Order(StringComparer.Ordinal));
        Assert.All(goal.Sections.Values, text => Assert.False(string.IsNullOrWhiteSpace(text)));
    }

    [Fact]
    public void Enhetsmal_sections_hold_their_text()
    {
        var goal = Assert.Single(Plan.OfLevel(GoalLevel.Enhetsmal), g => g.Title == "Enheten är en god arbetsgivare och har en god arbetsmiljö");
        Assert.Equal(["Enhetens medarbetare trivs och har en bra arbetsmiljö."], goal.ExpectedResults);
        Assert.StartsWith("Målet följs upp i medarbetarenkäten. Sjukfrånvaron följs upp i tertialrapport 1, tertialrapport 2 och verksamhetsberättelsen.", goal.Sections["Uppföljning"]);
        Assert.StartsWith("Enhetens medarbetare medverkar till en god arbetsmiljö", goal.Sections["Arbetssätt"]);
        // "Seniorhälsan-" + "Västertorpsträffen": a real hyphen before a capital stays.
        var first = Plan.OfLevel(GoalLevel.Enhetsmal).First();
        Assert.Contains("Seniorhälsan-Västertorpsträffen", first.Sections["Arbetssätt"], StringComparison.Ordinal);
    }

    [Fact]
    public void Copied_namndmal_keep_their_text_and_derived_numbers()
    {
        var nm = Plan.Goal("1.3.1");
        Assert.True(nm.NumberIsDerived);
        Assert.Equal("Personer med funktionsnedsättning tillförsäkras självbestämmande och möjlighet att kunna delta på lika villkor i samhällets gemenskap genom de insatser som ges", nm.Title);
        Assert.StartsWith("Målet uppnås genom att kvinnor och män", nm.Description);
        Assert.Equal(3, nm.ExpectedResults.Count);
        Assert.Equal("Stadsdelsnämnden har en hög beredskap i alla verksamheter", Plan.Goal("3.5.1").Title);
        Assert.Equal(4, Plan.Goal("3.5.1").Activities.Count);
        Assert.StartsWith("Stadsdelsnämndens verksamheter har en hög beredskap", Plan.Goal("3.5.1").ExpectedResults[0]);
    }

    [Fact]
    public void Indicators_of_the_unit_plan()
    {
        var diskriminering = Plan.Indicator("Andel brukare inom socialpsykiatrin som inte upplever diskriminering");
        Assert.Equal((94m, "%"), (diskriminering.Target.Value!.Value, diskriminering.Target.Unit));
        Assert.Equal((TargetKind.Direction, Direction.Higher), (diskriminering.KfTarget.Kind, diskriminering.Direction));
        var sjuk = Plan.Indicator("Sjukfrånvaro dag 1-14");
        Assert.Equal(3.5m, sjuk.Target.Value);
        Assert.Equal("Tas fram av nämnd/styrelse", sjuk.KfTarget.Raw);
        Assert.Equal(Periodicity.Tertial, sjuk.Periodicity);
        Assert.Equal(83m, Plan.Indicator("Aktivt Medskapandeindex").KfTarget.Value);
    }

    [Fact]
    public void Budget_template_text_after_the_goal_part_is_not_imported()
    {
        Assert.DoesNotContain(Plan.Goals, g => (g.Description ?? "").Contains("Här ska du lägga in din budget", StringComparison.Ordinal));
        Assert.DoesNotContain(Plan.Goals, g => g.Sections.Values.Any(s => s.Contains("Resursanvändning", StringComparison.Ordinal)));
    }
}
