using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;

namespace StatusBot.Application.Plans;

/// <summary>What an import ended in.</summary>
public abstract record PlanImportResult;

/// <summary>Every file was read and every plan saved, in one transaction.</summary>
public sealed record PlansImported(IReadOnlyList<ImportedPlan> Plans) : PlanImportResult;

/// <summary>A file could not be read; <paramref name="Reason"/> names it (and the line); nothing was saved.</summary>
public sealed record PlanImportRefused(string Reason) : PlanImportResult;

/// <summary>One saved plan with the store's counts (new or updated in place).</summary>
public sealed record ImportedPlan(Plan Plan, PlanSaveOutcome Saved);
