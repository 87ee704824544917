namespace StatusBot.AdaptiveCards.Model.Elements;

/// <summary>Label–value pairs ("Årsmål: 2,7 %"); hosts render the title bold.</summary>
public sealed class FactSet : CardElement
{
    public List<Fact> Facts { get; init; } = [];
}
