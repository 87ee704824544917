using StatusBot.Domain.Plans;

namespace StatusBot.Application.Conversation.Scoping;

/// <summary>One organisation's year and the document to read for it.</summary>
internal sealed record Target(string Organisation, int Year, Plan Plan);
