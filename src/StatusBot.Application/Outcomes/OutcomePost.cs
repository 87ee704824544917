using StatusBot.Domain.Periods;

namespace StatusBot.Application.Outcomes;

/// <summary>
/// A posted outcome form: which goal and period, the submitted version the form was built from, and the raw text
/// of every input by id (kept as typed so that a form sent back with errors shows exactly what the user wrote).
/// </summary>
public sealed record OutcomePost(string GoalId, ReportingPeriod Period, long Version, IReadOnlyDictionary<string, string> Values);
