using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Application.ReadModel;

namespace StatusBot.Application.Evaluation;

/// <summary>Maps every <see cref="Answer"/> to the evaluation set's expected_kind vocabulary and what it is about.</summary>
public static class AnswerClassifier
{
    public static ObservedAnswer Classify(Answer answer) => answer switch
    {
        GoalAnswer g => new ObservedAnswer("goal_status")
        {
            Organisation = g.Plan.Organisation, Year = g.Plan.Year, Goal = g.Goal.Number, Period = g.Scope?.Kind,
        },
        GoalListAnswer list => Listed("goal_list", list.Goals),
        DidYouMeanAnswer d => Listed(d.NothingByThatNumber ? "no_match" : "did_you_mean", d.Candidates),
        HelpAnswer => new ObservedAnswer("help"),
        ImportGapsAnswer gaps => new ObservedAnswer("import_gaps") { Organisation = gaps.Plans.Select(p => p.Organisation).FirstOrDefault() },
        GoalTreeAnswer t => Listed("goal_tree", t.Rows) with { Goal = t.Focus?.Goal.Number, Organisation = t.Focus?.Plan.Organisation ?? Listed("goal_tree", t.Rows).Organisation },
        CountAnswer c => new ObservedAnswer("count")
        {
            Count = c.Count, Goal = c.Focus?.Goal.Number,
            Organisation = c.Focus?.Plan.Organisation ?? c.Goals.Select(g => g.Plan.Organisation).Concat(c.Indicators.Select(i => i.Plan.Organisation)).FirstOrDefault(),
        },
        IndicatorAnswer i => new ObservedAnswer("indicator")
        {
            Organisation = i.Plan.Organisation, Year = i.Plan.Year, Goal = i.Goal.Number, Indicator = i.Indicator.Name, Period = i.Scope?.Kind,
        },
        IndicatorListAnswer l => new ObservedAnswer("indicator_list")
        {
            Count = l.Indicators.Count, Goal = l.Focus?.Goal.Number,
            Organisation = l.Focus?.Plan.Organisation ?? l.Indicators.Select(i => i.Plan.Organisation).FirstOrDefault(),
            Year = l.Focus?.Plan.Year ?? l.Indicators.Select(i => (int?)i.Plan.Year).FirstOrDefault(),
        },
        NotReportedAnswer n => new ObservedAnswer("not_reported") { Period = n.Periods.Count == 1 ? n.Periods[0].Kind : null },
        ReportRequestAnswer r => new ObservedAnswer("report_form")
        {
            Organisation = r.Plan.Organisation, Year = r.Plan.Year, Goal = r.Goal.Number, Period = r.Period.Kind,
        },
        OutcomeHistoryAnswer h => new ObservedAnswer("history") { Organisation = h.Plan.Organisation, Year = h.Plan.Year, Goal = h.Goal.Number },
        ReminderRequestAnswer { Intent: Intent.Reminders } => new ObservedAnswer("reminders"),
        ReminderRequestAnswer => new ObservedAnswer("reminder_command"),
        TextAnswer => new ObservedAnswer("no_match"),
        _ => new ObservedAnswer(answer.GetType().Name),
    };

    private static ObservedAnswer Listed(string kind, IReadOnlyList<GoalRef> goals) => new(kind)
    {
        Organisation = goals.Select(g => g.Plan.Organisation).Distinct().Count() == 1 ? goals[0].Plan.Organisation : null,
        Year = goals.Select(g => g.Plan.Year).Distinct().Count() == 1 ? goals[0].Plan.Year : null,
        Goals = goals.Select(g => g.Goal.Number ?? g.Goal.Title).ToArray(),
        Count = goals.Count,
    };
}
