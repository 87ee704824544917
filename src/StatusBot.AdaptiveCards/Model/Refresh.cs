using StatusBot.AdaptiveCards.Model.Actions;

namespace StatusBot.AdaptiveCards.Model;

/// <summary>
/// How a client refreshes the card. Teams only runs an <see cref="ExecuteAction"/> here, and only automatically
/// for the users listed (at most 60).
/// </summary>
public sealed class Refresh
{
    /// <summary>Teams refreshes a card automatically for at most this many users.</summary>
    public const int MaxUserIds = 60;

    /// <param name="action">Must be an <see cref="ExecuteAction"/>. Typed as the base so that the JSON carries
    /// the "type" discriminator and reads back.</param>
    public Refresh(CardAction action) =>
        Action = action as ExecuteAction ?? throw new ArgumentException("A refresh runs an Action.Execute.", nameof(action));

    public CardAction Action { get; }

    public List<string> UserIds { get; init; } = [];
}
