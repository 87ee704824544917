using StatusBot.Domain.People;
using StatusBot.Domain.Periods;

namespace StatusBot.Teams.Cards;

/// <summary>What the status card needs beyond the plan: who answers for the goal and who is looking.</summary>
/// <param name="Responsible">The goal's responsible people (empty: "Ingen ansvarig angiven").</param>
/// <param name="Today">The viewer's date in Stockholm; picks the period to report when none is given.</param>
/// <param name="Period">The period the question was about, if any ("vad saknas till T2").</param>
/// <param name="ViewerMayReport">True for the responsible people, their delegates and the coordinator.</param>
public sealed record GoalCardContext(
    IReadOnlyList<PersonRef> Responsible,
    DateOnly Today,
    ReportingPeriod? Period = null,
    bool ViewerMayReport = false)
{
    /// <summary>The period a report from this card is for: the asked one, else the one running today.</summary>
    public ReportingPeriod ReportPeriod => Period ?? ReportingPeriod.Containing(Today);
}
