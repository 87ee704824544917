namespace StatusBot.AdaptiveCards.Model.Elements;

/// <summary>One row of a FactSet. Hosts interpret markdown in both fields: escape document text.</summary>
public sealed record Fact(string Title, string Value);
