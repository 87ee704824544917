using StatusBot.Domain.Activities;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Tests.Conversation.Support;

/// <summary>
/// Builds a plan the way the importer lays one out: goals flat in document order with parent links, indicators
/// and activities on the goal last added. Short enough to write a seed's shape in a few lines.
/// </summary>
internal sealed class PlanBuilder
{
    private readonly Plan _plan;
    private Goal? _im;
    private Goal? _vo;
    private Goal? _nm;
    private Goal? _current;
    private int _enhetsmal;

    public PlanBuilder(string organisation, int year, DocumentKind document, string? parentOrganisation = null)
    {
        _plan = new Plan(organisation, year, document) { ParentOrganisation = parentOrganisation };
    }

    public PlanBuilder Im(string number, string title, Bedomning? bedomning = null) =>
        Add(GoalLevel.Inriktningsmal, number, title, parent: null, bedomning, g => _im = g);

    public PlanBuilder Vo(string number, string title, Bedomning? bedomning = null) =>
        Add(GoalLevel.Verksamhetsomradesmal, number, title, _im, bedomning, g => _vo = g);

    /// <summary>A nämndmål; <paramref name="derived"/> when the document printed no number (hagersten, stod).</summary>
    public PlanBuilder Nm(string number, string title, Bedomning? bedomning = null, bool derived = false, string? description = null)
    {
        Add(GoalLevel.Namndmal, number, title, _vo, bedomning, g => _nm = g);
        _current!.NumberIsDerived = derived;
        _current.Description = description;
        return this;
    }

    public PlanBuilder Em(string title)
    {
        _enhetsmal++;
        var goal = new Goal(StableId.ForGoal(_plan.Id, $"{_nm?.Number}/e{_enhetsmal}"), GoalLevel.Enhetsmal, title) { ParentId = _nm?.Id };
        _plan.Goals.Add(goal);
        _current = goal;
        return this;
    }

    private PlanBuilder Add(GoalLevel level, string number, string title, Goal? parent, Bedomning? bedomning, Action<Goal> remember)
    {
        var goal = new Goal(StableId.ForGoal(_plan.Id, number), level, title) { Number = number, ParentId = parent?.Id };
        if (bedomning is { } b) goal.Assessments.Add(new Assessment(new ReportingPeriod(_plan.Year, PeriodKind.VB), b));
        _plan.Goals.Add(goal);
        remember(goal);
        _current = goal;
        return this;
    }

    /// <summary>An assessment for another period, as a goal owner would enter it through the bot.</summary>
    public PlanBuilder Assessed(PeriodKind kind, Bedomning bedomning)
    {
        _current!.Assessments.Add(new Assessment(new ReportingPeriod(_plan.Year, kind), bedomning)
        {
            AssessedAt = new DateTimeOffset(_plan.Year, kind == PeriodKind.T1 ? 5 : 9, 10, 12, 0, 0, TimeSpan.Zero),
        });
        return this;
    }

    /// <summary>An indicator on the current goal; outcomes as (period kind, raw value) pairs.</summary>
    public PlanBuilder Indicator(string name, Periodicity periodicity, string target, params (PeriodKind Kind, string Value)[] outcomes)
    {
        var indicator = new Indicator(StableId.ForIndicator(_current!.Id, _current.Indicators.Count + 1), name)
        {
            Periodicity = periodicity,
            Target = TargetValue.Parse(target),
        };
        foreach (var (kind, value) in outcomes)
            indicator.Outcomes.Add(new IndicatorOutcome(new ReportingPeriod(_plan.Year, kind), Measurement.Parse(value)));
        _current.Indicators.Add(indicator);
        return this;
    }

    public PlanBuilder Activity(string title)
    {
        _current!.Activities.Add(new Activity(StableId.ForActivity(_current.Id, _current.Activities.Count + 1), title)
        {
            Start = new DateOnly(_plan.Year, 1, 1),
            End = new DateOnly(_plan.Year, 12, 31),
        });
        return this;
    }

    public PlanBuilder Expected(string result)
    {
        _current!.ExpectedResults.Add(result);
        return this;
    }

    public Plan Build() => _plan;
}
