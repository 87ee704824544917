using StatusBot.Domain.Activities;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Tests.Outcomes;

/// <summary>A nämndmål with one indicator of every kind the form treats differently, and two activities.</summary>
internal static class OutcomeTestPlans
{
    public const string Organisation = "Testdals stadsdelsnämnd";
    public const int Year = 2026;

    public static readonly ReportingPeriod T2 = new(Year, PeriodKind.T2);
    public static readonly ReportingPeriod Vb = new(Year, PeriodKind.VB);

    public static Plan Build()
    {
        var plan = new Plan(Organisation, Year, DocumentKind.Verksamhetsplan);
        var vo = new Goal(StableId.ForGoal(plan.Id, "3.6"), GoalLevel.Verksamhetsomradesmal, "Stadsdelen är trygg") { Number = "3.6" };
        var goal = new Goal(StableId.ForGoal(plan.Id, "3.6.1"), GoalLevel.Namndmal, "Stadsdelsområdet är tryggt och välskött")
        {
            Number = "3.6.1",
            ParentId = vo.Id,
        };
        goal.Indicators.Add(new Indicator(StableId.ForIndicator(goal.Id, 1), "Andel som känner sig trygga")
        {
            Unit = "%", Periodicity = Periodicity.Tertial, SplitByGender = true,
            Target = TargetValue.Parse("75 %"), KfTarget = TargetValue.Parse("80 %"),
        });
        goal.Indicators.Add(new Indicator(StableId.ForIndicator(goal.Id, 2), "Antal trygghetsvandringar")
        {
            Unit = "st", Periodicity = Periodicity.Tertial, Target = TargetValue.Parse("12 st"),
        });
        goal.Indicators.Add(new Indicator(StableId.ForIndicator(goal.Id, 3), "Nöjd-Kund-Index parkmiljö")
        {
            Periodicity = Periodicity.Ar, Target = TargetValue.Parse("70"),
        });
        goal.Activities.Add(new Activity(StableId.ForActivity(goal.Id, 1), "Trygghetsvandringar med polisen"));
        goal.Activities.Add(new Activity(StableId.ForActivity(goal.Id, 2), "Ny belysning i Enskededalen"));
        plan.Goals.Add(vo);
        plan.Goals.Add(goal);
        return plan;
    }

    public static Goal Goal(Plan plan) => plan.Goals.Single(g => g.Number == "3.6.1");

    public static Indicator Percent(Goal goal) => goal.Indicators[0];

    public static Indicator Count(Goal goal) => goal.Indicators[1];

    public static Indicator YearlyIndex(Goal goal) => goal.Indicators[2];
}
