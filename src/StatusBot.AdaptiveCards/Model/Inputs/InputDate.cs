namespace StatusBot.AdaptiveCards.Model.Inputs;

/// <summary>A date picker; values travel as ISO dates ("2026-04-30"), which is how DateOnly serialises.</summary>
public sealed class InputDate(string id) : CardInput(id)
{
    public DateOnly? Value { get; set; }

    public DateOnly? Min { get; set; }

    public DateOnly? Max { get; set; }

    public string? Placeholder { get; set; }
}
