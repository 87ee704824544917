namespace StatusBot.Storage;

/// <summary>A save the store refused (invalid or conflicting plan data); the message is Swedish, for the user.</summary>
public sealed class GoalStoreException(string message) : Exception(message);
