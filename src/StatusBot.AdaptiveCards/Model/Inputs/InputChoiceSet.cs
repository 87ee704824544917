using System.Text.Json.Serialization;
using StatusBot.AdaptiveCards.Model.Serialization;

namespace StatusBot.AdaptiveCards.Model.Inputs;

public sealed class InputChoiceSet(string id) : CardInput(id)
{
    public List<InputChoice> Choices { get; init; } = [];

    /// <summary>The selected value; for multi-select, values joined by commas.</summary>
    public string? Value { get; set; }

    public ChoiceInputStyle? Style { get; set; }

    public bool IsMultiSelect { get; set; }

    public string? Placeholder { get; set; }

    public bool Wrap { get; set; }
}

/// <summary>One option of a choice set: the title is shown, the value is submitted.</summary>
public sealed record InputChoice(string Title, string Value);

[JsonConverter(typeof(CamelCaseEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle { Compact, Expanded, Filtered }
