namespace StatusBot.Application.Conversation.Scoping;

/// <summary>
/// Which organisations a question is about. <see cref="AcrossAll"/> when nothing narrowed it down and several
/// nämnder are loaded: answers then say which nämnd each goal belongs to. <see cref="UnmatchedHint"/> is an
/// organisation named in the question that no plan matches (it may have been a capitalised goal word instead).
/// </summary>
internal sealed record OrganisationScope(IReadOnlyList<string> Organisations, bool Named, bool AcrossAll, string? UnmatchedHint);
