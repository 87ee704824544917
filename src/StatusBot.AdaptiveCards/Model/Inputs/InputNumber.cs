namespace StatusBot.AdaptiveCards.Model.Inputs;

/// <summary>
/// A number field. Hosts submit the value with a decimal point whatever the user's locale, so Swedish
/// decimal commas are better taken in an Input.Text and parsed with SwedishNumber.
/// </summary>
public sealed class InputNumber(string id) : CardInput(id)
{
    public decimal? Value { get; set; }

    public string? Placeholder { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }
}
