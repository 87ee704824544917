using StatusBot.Application.ReadModel;

namespace StatusBot.Application.Sharing;

/// <summary>
/// One page of goals for a compose-box search. <see cref="Notice"/> is the Swedish sentence to show instead of
/// results when nothing matched at all (a page past the end is simply empty).
/// </summary>
public sealed record ComposeSearchResult(IReadOnlyList<GoalRef> Page, int Total, string? Notice);
