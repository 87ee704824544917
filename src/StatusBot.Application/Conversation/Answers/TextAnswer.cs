namespace StatusBot.Application.Conversation.Answers;

/// <summary>A plain Swedish reply: greetings, nothing found, nothing loaded, a question too long.</summary>
public sealed record TextAnswer(string Text) : Answer;
