using StatusBot.Application.ReadModel;
namespace StatusBot.Application.Conversation.Answers;

/// <summary>
/// The question did not single out one goal: <see cref="Asked"/> as the asker wrote it, <see cref="Reason"/> in
/// Swedish ("Det finns inget nämndmål 3.6.9 …", "Flera mål matchar …"), and the candidates to choose from.
/// </summary>
public sealed record DidYouMeanAnswer(string Asked, string Reason, IReadOnlyList<GoalRef> Candidates) : Answer
{
    /// <summary>True when the asker named a number that does not exist and the candidates are only its neighbours.</summary>
    public bool NothingByThatNumber { get; init; }
}
