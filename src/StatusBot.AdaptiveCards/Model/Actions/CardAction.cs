using System.Text.Json.Serialization;
using StatusBot.AdaptiveCards.Model.Serialization;

namespace StatusBot.AdaptiveCards.Model.Actions;

/// <summary>A button or select action. The "type" discriminator is written from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract class CardAction
{
    /// <summary>Button text; plain text (hosts do not interpret markdown in titles).</summary>
    public string? Title { get; set; }

    public string? Id { get; set; }

    public ActionStyle? Style { get; set; }

    public string? IconUrl { get; set; }

    public string? Tooltip { get; set; }
}

[JsonConverter(typeof(CamelCaseEnumConverter<ActionStyle>))]
public enum ActionStyle { Default, Positive, Destructive }

/// <summary>Which inputs a submitting action collects: all of the card's ("auto") or none.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs { Auto, None }
