using StatusBot.Cards.Model.Actions;

namespace StatusBot.Cards.Model;

/// <summary>
/// How a client refreshes the card. Teams only runs an <see cref="ExecuteAction"/> here, and only automatically
/// for the users listed (at most 60).
/// </summary>
public sealed class Refresh(ExecuteAction action)
{
    /// <summary>Declared as the base type so the "type" discriminator is written.</summary>
    public CardAction Action { get; set; } = action;

    public List<string> UserIds { get; init; } = [];
}
