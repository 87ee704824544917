using StatusBot.Application.Text;
using StatusBot.AdaptiveCards.Text;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.AdaptiveCards.Model.Elements;

namespace StatusBot.Tests.Cards;

/// <summary>Walks a card's element tree so tests can look for what a reader would see.</summary>
public static class CardQuery
{
    public static IEnumerable<CardElement> Elements(AdaptiveCard card) => card.Body.SelectMany(Walk);

    public static IEnumerable<TextBlock> TextBlocks(AdaptiveCard card) => Elements(card).OfType<TextBlock>();

    /// <summary>Visible text (TextBlocks and facts), unescaped as a reader sees it.</summary>
    public static IEnumerable<string> Texts(AdaptiveCard card) =>
        Elements(card).SelectMany(e => e switch
        {
            TextBlock t => [TeamsMarkdown.Unescape(t.Text)],
            FactSet f => f.Facts.Select(x => $"{TeamsMarkdown.Unescape(x.Title)}: {TeamsMarkdown.Unescape(x.Value)}"),
            _ => Array.Empty<string>(),
        });

    /// <summary>Every markdown-bearing string exactly as sent: TextBlock texts and both sides of every fact.</summary>
    public static IEnumerable<string> RawMarkdown(AdaptiveCard card) =>
        Elements(card).SelectMany(e => e switch
        {
            TextBlock t => [t.Text],
            FactSet f => f.Facts.SelectMany(x => new[] { x.Title, x.Value }),
            _ => Array.Empty<string>(),
        });

    /// <summary>Buttons and select actions anywhere in the card.</summary>
    public static IEnumerable<CardAction> Actions(AdaptiveCard card) =>
        card.Actions.Concat(Elements(card).SelectMany<CardElement, CardAction>(e => e switch
        {
            ActionSet a => a.Actions,
            ColumnSet { SelectAction: { } s } => [s],
            Container { SelectAction: { } s } => [s],
            _ => Array.Empty<CardAction>(),
        }));

    public static IEnumerable<ExecuteAction> Executes(AdaptiveCard card, string verb) =>
        Actions(card).OfType<ExecuteAction>().Where(a => a.Verb == verb);

    private static IEnumerable<CardElement> Walk(CardElement element)
    {
        yield return element;
        var children = element switch
        {
            Container c => c.Items,
            ColumnSet cs => cs.Columns.SelectMany(col => col.Items),
            Table t => t.Rows.SelectMany(r => r.Cells).SelectMany(cell => cell.Items),
            _ => Enumerable.Empty<CardElement>(),
        };
        foreach (var child in children.SelectMany(Walk)) yield return child;
    }
}
