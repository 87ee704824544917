namespace StatusBot.AdaptiveCards.Model.Inputs;

/// <summary>A checkbox; submits <see cref="ValueOn"/> or <see cref="ValueOff"/> (default "true"/"false").</summary>
public sealed class InputToggle(string id, string title) : CardInput(id)
{
    public string Title { get; set; } = title;

    public string? Value { get; set; }

    public string? ValueOn { get; set; }

    public string? ValueOff { get; set; }

    public bool Wrap { get; set; }
}
