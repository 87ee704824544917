using System.Text.Json.Serialization;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.AdaptiveCards.Model.Inputs;

namespace StatusBot.AdaptiveCards.Model;

/// <summary>
/// Anything that can stand in a card's body or a container's items. The JSON "type" discriminator is written
/// from the derived type, so an element can never carry the wrong type name.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputNumber), "Input.Number")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
[JsonDerivedType(typeof(InputToggle), "Input.Toggle")]
[JsonDerivedType(typeof(InputDate), "Input.Date")]
public abstract class CardElement
{
    /// <summary>Needed to target the element (Action.ToggleVisibility) and for inputs; unique per card.</summary>
    public string? Id { get; set; }

    /// <summary>Null means visible (the schema default); false hides it until toggled.</summary>
    public bool? IsVisible { get; set; }

    public Spacing? Spacing { get; set; }

    public bool Separator { get; set; }
}
