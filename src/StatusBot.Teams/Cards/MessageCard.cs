using StatusBot.AdaptiveCards.Model;

namespace StatusBot.Teams.Cards;

/// <summary>A plain Swedish answer or error as a card, for replies that need no structure.</summary>
public static class MessageCard
{
    public static AdaptiveCard Build(string text) => Create(text, heading: null, isError: false);

    public static AdaptiveCard Build(string heading, string text) => Create(text, heading, isError: false);

    /// <summary>An error the user should notice (heading on a red fill), e.g. "Du får inte rapportera för 3.6.1."</summary>
    public static AdaptiveCard Error(string text, string heading = "Det gick inte") => Create(text, heading, isError: true);

    private static AdaptiveCard Create(string text, string? heading, bool isError)
    {
        var card = new AdaptiveCard { FallbackText = heading is null ? text : $"{heading}: {text}" };
        if (heading is not null) card.Body.Add(isError ? StatusBadge.Tinted(heading, ContainerStyle.Attention) : Blocks.Strong(heading));
        card.Body.Add(Blocks.Text(text));
        return card;
    }
}
