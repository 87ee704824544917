using StatusBot.Domain.Plans;

namespace StatusBot.Import.Structure;

/// <summary>What the document itself says about who, when and what, each with the line it was read from.</summary>
internal sealed record DocumentFacts
{
    public string? Organisation { get; init; }
    public int? OrganisationLine { get; init; }
    public string? ParentOrganisation { get; init; }
    public int? Year { get; init; }
    public int? YearLine { get; init; }
    public DocumentKind? Document { get; init; }
    public int? DocumentLine { get; init; }

    /// <summary>The document has enhetsmål: a unit's plan, whose organisation is the unit, not the nämnd.</summary>
    public bool IsUnitPlan { get; init; }

    /// <summary>True when the organisation was read as a unit's name (under the title), not as a nämnd.</summary>
    public bool OrganisationIsUnit => ParentOrganisation is not null;
}
