using System.Text.Json.Serialization;
using StatusBot.AdaptiveCards.Model.Serialization;

namespace StatusBot.AdaptiveCards.Model.Inputs;

public sealed class InputText(string id) : CardInput(id)
{
    public string? Value { get; set; }

    public string? Placeholder { get; set; }

    public bool IsMultiline { get; set; }

    public int? MaxLength { get; set; }

    /// <summary>A regular expression the value must match before the host submits it.</summary>
    public string? Regex { get; set; }

    public TextInputStyle? Style { get; set; }
}

[JsonConverter(typeof(CamelCaseEnumConverter<TextInputStyle>))]
public enum TextInputStyle { Text, Tel, Url, Email, Password }
