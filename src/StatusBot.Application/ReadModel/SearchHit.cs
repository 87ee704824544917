namespace StatusBot.Application.ReadModel;

/// <summary>
/// A goal found by free text. <see cref="MatchedText"/> is the indicator or activity name that matched when the
/// hit came from one (an indicator hit returns its goal), so an answer can say why the goal was chosen.
/// </summary>
public sealed record SearchHit(GoalRef Goal, double Score, MatchField Field, string? MatchedText);
