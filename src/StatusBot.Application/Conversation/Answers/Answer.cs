namespace StatusBot.Application.Conversation.Answers;

/// <summary>
/// What the bot answers, before anyone decides how it looks (cards are built from these elsewhere). A closed
/// hierarchy: the constructor is private protected, so no other assembly can add a kind and a card builder can
/// switch over the records in this folder.
/// </summary>
public abstract record Answer
{
    private protected Answer() { }
}
