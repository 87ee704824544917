namespace StatusBot.AdaptiveCards.Model.Inputs;

/// <summary>
/// A field the user fills in. Its <see cref="CardElement.Id"/> becomes the key of the value in the submitted
/// data, so every input needs one (the constructor demands it).
/// </summary>
public abstract class CardInput : CardElement
{
    protected CardInput(string id)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("An input needs an id.", nameof(id));
        Id = id;
    }

    /// <summary>Shown above the field; hosts require it when <see cref="IsRequired"/> is set.</summary>
    public string? Label { get; set; }

    public bool IsRequired { get; set; }

    /// <summary>Shown when validation fails; hosts require it when <see cref="IsRequired"/> is set.</summary>
    public string? ErrorMessage { get; set; }
}
