using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.Domain.Assessments;

namespace StatusBot.Teams.Cards;

/// <summary>
/// A goal's assessment as a tinted badge: Uppfylls helt green, delvis amber, inte red, and a neutral "Ej bedömd"
/// when no assessment exists (never inferred from children). The fill carries the colour and the word stays in the
/// default text colour: coloured text on a coloured fill falls far below WCAG AA's 4.5:1 in Teams (issue 15).
/// </summary>
public static class StatusBadge
{
    public const string NotAssessed = "Ej bedömd";

    public static string Label(Bedomning? bedomning) => bedomning?.Label() ?? NotAssessed;

    public static ContainerStyle Style(Bedomning? bedomning) => bedomning switch
    {
        Bedomning.UppfyllsHelt => ContainerStyle.Good,
        Bedomning.UppfyllsDelvis => ContainerStyle.Warning,
        Bedomning.UppfyllsInte => ContainerStyle.Attention,
        _ => ContainerStyle.Default,
    };

    /// <summary>The badge: a tinted container holding the label in bold default-coloured text.</summary>
    public static Container Element(Bedomning? bedomning)
    {
        var badge = Tinted(Label(bedomning), Style(bedomning));
        if (bedomning is null) ((TextBlock)badge.Items[0]).IsSubtle = true;
        return badge;
    }

    /// <summary>Any flag or notice that must stand out ("Avvikelse", an error heading): the fill, never the text, is coloured.</summary>
    public static Container Tinted(string text, ContainerStyle style) => new() { Style = style, Items = [Blocks.Strong(text)] };
}
