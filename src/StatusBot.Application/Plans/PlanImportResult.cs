using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;
using StatusBot.Import;
using StatusBot.Import.Accounting;

namespace StatusBot.Application.Plans;

/// <summary>What an import ended in.</summary>
public abstract record PlanImportResult;

/// <summary>Every file was read and every plan saved, in one transaction.</summary>
public sealed record PlansImported(IReadOnlyList<ImportedPlan> Plans) : PlanImportResult;

/// <summary>A file could not be read, or held a plan twice; <paramref name="Reason"/> says which (and the line); nothing was saved.</summary>
public sealed record PlanImportRefused(string Reason) : PlanImportResult;

/// <summary>Lines of these documents' tables could not be read; nothing was saved (an import with --accept-gaps saves them with the gaps).</summary>
public sealed record PlanImportHasGaps(IReadOnlyList<ImportResult> Documents) : PlanImportResult;

/// <summary>One saved plan with the store's counts (new or updated in place) and the account of its table lines.</summary>
public sealed record ImportedPlan(Plan Plan, PlanSaveOutcome Saved, TableLineAccount Tables);
