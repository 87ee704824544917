using StatusBot.Domain.Periods;
using StatusBot.Domain.People;
using StatusBot.Application.ReadModel;

namespace StatusBot.Application.Conversation.Answers;

/// <summary>"Vem har inte rapporterat T2?": per responsible person, their goals with no submission for the period.</summary>
/// <param name="Heading">"Har inte rapporterat T2 2026 – Enskede-Årsta-Vantörs stadsdelsnämnd".</param>
/// <param name="Groups">One per person; a null person gathers the nämndmål nobody is responsible for.</param>
public sealed record NotReportedAnswer(string Heading, IReadOnlyList<NotReportedGroup> Groups) : Answer
{
    /// <summary>The periods checked, one per year in scope.</summary>
    public IReadOnlyList<ReportingPeriod> Periods { get; init; } = [];
}

public sealed record NotReportedGroup(PersonRef? Person, IReadOnlyList<GoalRef> Goals);
