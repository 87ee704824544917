using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.Domain.Assessments;

namespace StatusBot.Teams.Cards;

/// <summary>
/// A goal's assessment as a coloured badge: Uppfylls helt green, delvis amber, inte red, and a neutral
/// "Ej bedömd" when no assessment exists (never inferred from children).
/// </summary>
public static class StatusBadge
{
    public const string NotAssessed = "Ej bedömd";

    public static string Label(Bedomning? bedomning) => bedomning?.Label() ?? NotAssessed;

    public static TextColor Color(Bedomning? bedomning) => bedomning switch
    {
        Bedomning.UppfyllsHelt => TextColor.Good,
        Bedomning.UppfyllsDelvis => TextColor.Warning,
        Bedomning.UppfyllsInte => TextColor.Attention,
        _ => TextColor.Default,
    };

    public static ContainerStyle Style(Bedomning? bedomning) => bedomning switch
    {
        Bedomning.UppfyllsHelt => ContainerStyle.Good,
        Bedomning.UppfyllsDelvis => ContainerStyle.Warning,
        Bedomning.UppfyllsInte => ContainerStyle.Attention,
        _ => ContainerStyle.Default,
    };

    /// <summary>The badge: a tinted container holding the label in the matching text colour.</summary>
    public static Container Element(Bedomning? bedomning)
    {
        var label = new TextBlock(Label(bedomning)) { Wrap = true, Weight = TextWeight.Bolder, Color = Color(bedomning) };
        if (bedomning is null) label.IsSubtle = true;
        return new Container { Style = Style(bedomning), Items = [label] };
    }
}
