using StatusBot.Application.Text;
using StatusBot.AdaptiveCards.Text;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Elements;

namespace StatusBot.Teams.Cards;

/// <summary>
/// The text pieces every card is made of. Each takes plain text and escapes it, so no builder can forget to:
/// goal titles, analyses and questions come from documents and users and must never become markdown.
/// </summary>
public static class Blocks
{
    public static TextBlock Text(string text) => new(TeamsMarkdown.Escape(text)) { Wrap = true };

    public static TextBlock Title(string text) =>
        new(TeamsMarkdown.Escape(text)) { Wrap = true, Size = TextSize.Large, Weight = TextWeight.Bolder };

    public static TextBlock SectionHeading(string text) =>
        new(TeamsMarkdown.Escape(text)) { Wrap = true, Size = TextSize.Medium, Weight = TextWeight.Bolder, Spacing = Spacing.Large, Separator = true };

    public static TextBlock Strong(string text) =>
        new(TeamsMarkdown.Escape(text)) { Wrap = true, Weight = TextWeight.Bolder };

    public static TextBlock Subtle(string text) =>
        new(TeamsMarkdown.Escape(text)) { Wrap = true, IsSubtle = true, Spacing = Spacing.None };

    public static TextBlock Small(string text) =>
        new(TeamsMarkdown.Escape(text)) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None };

    public static Fact Fact(string title, string value) => new(TeamsMarkdown.Escape(title), TeamsMarkdown.Escape(value));

    /// <summary>"…och 5 till" under a capped list.</summary>
    public static TextBlock More(int hidden) => Subtle($"…och {hidden} till");
}
