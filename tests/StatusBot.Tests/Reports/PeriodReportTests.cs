using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Reports;
using StatusBot.Tests.Support;
using StatusBot.Application.Reports;

namespace StatusBot.Tests.Reports;

public class PeriodReportTests
{
    [Fact]
    public void The_enskede_VB_2023_report_holds_every_goal_of_the_plan_in_document_order()
    {
        var plan = ImportedSeeds.Enskede;

        var report = PeriodReport.Build([plan], ReportPlans.Vb2023);

        var planReport = Assert.Single(report.Plans);
        Assert.Equal(plan.Goals.Count, planReport.Goals.Count);
        Assert.Equal(44, planReport.Goals.Count);
        Assert.Equal(plan.Goals.Select(g => (g.Level, g.Number, g.Title)), planReport.Goals.Select(g => (g.Level, g.Number, g.Title)));
        Assert.Equal("Verksamhetsberättelse 2023 – " + plan.Organisation, report.Title);
    }

    [Fact]
    public void The_VB_report_shows_the_documents_assessments_with_their_analyses()
    {
        var report = PeriodReport.Build([ImportedSeeds.Enskede], ReportPlans.Vb2023);
        var goals = report.AllGoals.ToList();

        Assert.All(goals, g => Assert.True(g.IsReported, g.Heading));
        Assert.All(goals, g => Assert.Equal("Bedömning", g.AssessmentCaption));
        Assert.Equal(34, goals.Count(g => g.AssessmentLabel == "Uppfylls helt"));
        Assert.Equal(10, goals.Count(g => g.AssessmentLabel == "Uppfylls delvis"));
        var nm121 = goals.Single(g => g.Number == "1.2.1");
        Assert.Equal("Uppfylls delvis", nm121.AssessmentLabel);
        Assert.NotNull(nm121.Analysis);
        Assert.All(goals, g => Assert.False(string.IsNullOrWhiteSpace(g.Analysis), g.Heading));
    }

    [Fact]
    public void The_13_deviations_of_enskede_appear_with_their_analyses()
    {
        var report = PeriodReport.Build([ImportedSeeds.Enskede], ReportPlans.Vb2023);

        var deviations = report.AllGoals.SelectMany(g => g.Activities.Where(a => a.Deviation).Select(a => (Goal: g.Number, Activity: a))).ToList();

        Assert.Equal(13, deviations.Count);
        Assert.All(deviations, d => Assert.False(string.IsNullOrWhiteSpace(d.Activity.Analysis), d.Activity.Title));
        Assert.Contains(deviations, d => d.Goal == "1.3.1" && d.Activity.Title.StartsWith("Starta ett nätverk kring relationsvåld", StringComparison.Ordinal));
        Assert.Contains(deviations, d => d.Goal == "3.1" && d.Activity.Title.Contains("föreningsbidrag", StringComparison.Ordinal));
        Assert.Equal(["1.1.2", "1.1.2", "1.2.1", "1.2.1", "1.3.1", "1.5.1", "3.1", "3.3.1", "3.4.1", "3.4.1", "3.7.1", "3.7.1", "3.7.2"],
            deviations.Select(d => d.Goal));
    }

    [Fact]
    public void Indicator_rows_carry_the_period_outcome_split_by_kon_and_both_targets()
    {
        var report = PeriodReport.Build([ImportedSeeds.Enskede], ReportPlans.Vb2023);

        var row = report.AllGoals.Single(g => g.Number == "3.6").Indicators
            .Single(i => i.Name == "Andel stockholmare som upplever trygghet i den stadsdel där man bor");

        Assert.Equal(("78 %", "80 %", "76 %", "79 %", "79 %", "2023"), (row.Outcome, row.Men, row.Women, row.Target, row.KfTarget, row.Period));
        Assert.Contains("statistiska felmarginalen", row.Analysis);
    }

    [Fact]
    public void At_VB_every_indicator_is_due_and_tertial_ones_are_marked_with_the_period()
    {
        var plan = ImportedSeeds.Enskede;

        var report = PeriodReport.Build([plan], ReportPlans.Vb2023);

        Assert.Equal(plan.Goals.Sum(g => g.Indicators.Count), report.AllGoals.Sum(g => g.Indicators.Count));
        var tertial = plan.Goals.SelectMany(g => g.Indicators).Count(i => i.Periodicity == Periodicity.Tertial);
        Assert.Equal(tertial, report.AllGoals.SelectMany(g => g.Indicators).Count(r => r.Period == "VB 2023"));
    }

    [Fact]
    public void A_tertial_without_submissions_says_Ej_rapporterad_and_lists_only_tertial_indicators()
    {
        var plan = ImportedSeeds.Enskede;

        var report = PeriodReport.Build([plan], ReportPlans.T22023);

        Assert.Equal("Tertialrapport 2 2023 – " + plan.Organisation, report.Title);
        var goals = report.AllGoals.ToList();
        Assert.Equal(plan.Goals.Count, goals.Count);
        Assert.All(goals, g => Assert.Equal(GoalReport.NotReported, g.AssessmentLabel));
        Assert.All(goals, g => Assert.Equal("Prognos för helåret", g.AssessmentCaption));
        Assert.All(goals, g => Assert.Null(g.Analysis));
        // The VB's deviations are not this tertial's: an unreported goal shows its activities as planned.
        Assert.DoesNotContain(goals.SelectMany(g => g.Activities), a => a.Deviation || a.Analysis is not null);
        foreach (var (goal, row) in plan.Goals.Zip(goals))
            Assert.Equal(goal.Indicators.Where(i => i.Periodicity == Periodicity.Tertial).Select(i => i.Name), row.Indicators.Select(i => i.Name));
        Assert.All(goals.SelectMany(g => g.Indicators), r => Assert.Equal(("–", "T2 2023"), (r.Outcome, r.Period)));
    }

    [Fact]
    public void A_projected_submission_shows_its_label_analysis_indicator_values_and_deviation()
    {
        var plan = ReportPlans.FreshEnskede();
        var entry = ReportPlans.T2SubmissionFor34(plan);
        OutcomeProjection.Apply(plan, [entry]);

        var report = PeriodReport.Build([plan], ReportPlans.T22023);

        var goal = report.AllGoals.Single(g => g.Number == "3.4");
        Assert.True(goal.IsReported);
        Assert.Equal("Uppfylls delvis", goal.AssessmentLabel);
        Assert.Equal(entry.Content.Analysis, goal.Analysis);
        var indicatorName = plan.FindByNumber("3.4")!.Indicators.Single(i => i.Id == entry.Content.Indicators[0].IndicatorId).Name;
        var row = goal.Indicators.Single(r => r.Name == indicatorName);
        Assert.Equal(("8,4 %", "6,1 %", "9,2 %", "T2 2023"), (row.Outcome, row.Men, row.Women, row.Period));
        var activity = goal.Activities[0];
        Assert.True(activity.Deviation);
        Assert.Equal("Försenad av upphandlingen.", activity.Analysis);
        Assert.Single(report.AllGoals, g => g.IsReported);
    }

    [Fact]
    public void Plans_of_other_years_are_left_out_and_the_organisation_filter_picks_one()
    {
        var all = ImportedSeeds.All;

        var year2023 = PeriodReport.Build(all, ReportPlans.Vb2023);
        var enskedeOnly = PeriodReport.Build(all, ReportPlans.Vb2023, "enskede-arsta");
        var byFullName = PeriodReport.Build(all, new ReportingPeriod(2024, PeriodKind.T1), "HÄGERSTEN-ÄLVSJÖ STADSDELSNÄMND");

        Assert.Equal(new[] { ImportedSeeds.Enskede.Organisation, ImportedSeeds.Stod.Organisation }.Order(), year2023.Plans.Select(p => p.Organisation).Order());
        Assert.Equal("Verksamhetsberättelse 2023", year2023.Title);
        Assert.Equal(ImportedSeeds.Enskede.Organisation, Assert.Single(enskedeOnly.Plans).Organisation);
        Assert.Equal(ImportedSeeds.Hagersten.Goals.Count, Assert.Single(byFullName.Plans).Goals.Count);
        Assert.Empty(PeriodReport.Build(all, ReportPlans.Vb2023, "Finns inte nämnd").Plans);
    }

    [Fact]
    public void With_a_plan_and_a_report_of_the_same_year_the_one_holding_the_periods_assessments_is_used()
    {
        var report = ReportPlans.FreshEnskede();
        var plan = new Plan(report.Organisation, 2023, DocumentKind.Verksamhetsplan);
        plan.Goals.Add(new Goal(StableId.ForGoal(plan.Id, "1"), GoalLevel.Inriktningsmal, "Ett mål ur planen") { Number = "1" });

        var vb = PeriodReport.Build([plan, report], ReportPlans.Vb2023);
        var t1 = PeriodReport.Build([report, plan], new ReportingPeriod(2023, PeriodKind.T1));

        Assert.Equal(DocumentKind.Verksamhetsberattelse, Assert.Single(vb.Plans).Document);
        Assert.Equal(DocumentKind.Verksamhetsplan, Assert.Single(t1.Plans).Document);
    }
}
