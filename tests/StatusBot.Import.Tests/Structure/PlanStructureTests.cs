using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;

namespace StatusBot.Import.Tests.Structure;

/// <summary>Plan structures built by hand: one rule at a time.</summary>
public class PlanStructureTests
{
    private static readonly ImportOptions Options = new() { Organisation = "Farsta stadsdelsnämnd", Year = 2025, Document = DocumentKind.Verksamhetsplan };

    private static Plan Import(string text) => DocumentImporter.ImportText(text, "mini.txt", Options);

    [Fact]
    public void A_heading_prefix_alone_on_its_line_takes_number_and_title_from_the_next()
    {
        var plan = Import("""
            KF:s inriktningsmål: 3. Ett Stockholm med en stabil och hållbar ekonomi med utbildning, jobb och bostäder för alla 

            KF:s mål för verksamhetsområdet: 3.6 Tryggheten ska öka genom förebyggande insatser 

            Nämndmål: 
            3.6.1 Stadsdelsområdet är tryggt, tillgängligt 
            och välskött 

            Beskrivning 

            Målet nås genom samverkan. 

            """);
        var goal = plan.FindByNumber("3.6.1")!;
        Assert.Equal("Stadsdelsområdet är tryggt, tillgängligt och välskött", goal.Title);
        Assert.Equal("3.6.1", goal.PrintedNumber);
        Assert.Equal("Målet nås genom samverkan.", goal.Description);
    }

    [Fact]
    public void Derived_numbers_count_per_vo_and_restart_under_the_next()
    {
        var plan = Import("""
            KF:s inriktningsmål: 1. Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden 

            KF:s mål för verksamhetsområdet: 1.1 Första 

            Nämndmål: A 

            Nämndmål: B 

            KF:s mål för verksamhetsområdet: 1.2 Andra 

            Nämndmål: C 

            Enhetsmål: Enhetens mål 

            Enhetsmål: Enhetens andra mål 

            """);
        Assert.Equal(["1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", null, null], plan.Goals.Select(g => g.Number));
        Assert.Equal(["A", "B", "C"], plan.OfLevel(GoalLevel.Namndmal).Select(g => g.Title));
        Assert.EndsWith("/1.2.1.e2", plan.Goals[^1].Id, StringComparison.Ordinal);
        Assert.All(plan.OfLevel(GoalLevel.Enhetsmal), g => Assert.Equal(plan.FindByNumber("1.2.1")!.Id, g.ParentId));
    }

    [Fact]
    public void A_typed_number_outside_its_vo_is_kept_and_reported()
    {
        var plan = Import("""
            KF:s inriktningsmål: 1. Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden 

            KF:s mål för verksamhetsområdet: 1.1 Första 

            Nämndmål: 1.2.1 Fel nummer 

            """);
        Assert.Equal("1.2.1", plan.OfLevel(GoalLevel.Namndmal).Single().Number);
        Assert.Contains(plan.Warnings, w => w.StartsWith("rad 5:", StringComparison.Ordinal) && w.Contains("1.2.1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_duplicated_number_gets_a_distinct_id_and_a_warning()
    {
        var plan = Import("""
            KF:s inriktningsmål: 1. Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden 

            KF:s mål för verksamhetsområdet: 1.1 Första 

            Nämndmål: 1.1.1 Ett 

            Nämndmål: 1.1.1 Två 

            """);
        var ids = plan.OfLevel(GoalLevel.Namndmal).Select(g => g.Id).ToList();
        Assert.Equal(2, ids.Distinct().Count());
        Assert.Contains(plan.Warnings, w => w.Contains("flera gånger", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_after_the_end_of_the_goal_part_is_ignored()
    {
        var plan = Import("""
            KF:s inriktningsmål: 1. Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden 

            KF:s mål för verksamhetsområdet: 1.1 Första 

            Redovisning av ekonomi 

            Nämndmål: Står i ekonomidelen 

            """);
        Assert.Equal(2, plan.Goals.Count);
    }

    [Fact]
    public void A_label_in_a_plan_is_reported_not_imported()
    {
        var plan = Import("""
            KF:s inriktningsmål: 1. Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden 

             Uppfylls helt 

            """);
        Assert.Empty(plan.Goals[0].Assessments);
        Assert.Contains(plan.Warnings, w => w.Contains("Uppfylls helt", StringComparison.Ordinal));
    }
}
