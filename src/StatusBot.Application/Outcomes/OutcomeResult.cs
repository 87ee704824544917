using StatusBot.Application.ReadModel;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;

namespace StatusBot.Application.Outcomes;

/// <summary>What an outcome use case ended in. Surfaces turn each into their own answer (a card, a tool result).</summary>
public abstract record OutcomeResult;

/// <summary>The form to show: just opened, saved as a draft, or sent back with errors (by field, <see cref="OutcomeFields"/>).</summary>
public sealed record OutcomeFormResult(OutcomeFormState Form) : OutcomeResult;

/// <summary>The submission is stored (or was stored already: <paramref name="Replayed"/>); <paramref name="Current"/> shows it.</summary>
public sealed record OutcomeStored(GoalRef Current, ReportingPeriod Period, bool Replayed, IReadOnlyList<string> ResponsibleUserIds) : OutcomeResult;

/// <summary>Someone submitted since the form was opened; <paramref name="Current"/> is what they stored, when known.</summary>
public sealed record OutcomeConflict(GoalRef Target, ReportingPeriod Period, OutcomeEntry? Current) : OutcomeResult;

/// <summary>Nothing was stored although the form was valid (the Teams activity carrying it was already used for another goal).</summary>
public sealed record OutcomeNotStored(GoalRef Target, ReportingPeriod Period) : OutcomeResult;

/// <summary>The asker may not report this goal.</summary>
public sealed record OutcomeRefused(GoalRef Target, OutcomeRefusal Reason) : OutcomeResult;

/// <summary>The store could not be reached; nothing was saved.</summary>
public sealed record OutcomeStoreUnavailable(GoalRef Target) : OutcomeResult;

/// <summary>Every saved version of the goal's outcomes, newest first as the store returns them.</summary>
public sealed record OutcomeHistory(GoalRef Target, IReadOnlyList<OutcomeEntry> Entries) : OutcomeResult;

public enum OutcomeRefusal
{
    /// <summary>Not the goal's Ansvarig, a delegate or a coordinator of the organisation for that year.</summary>
    NotResponsible,
}

/// <summary>
/// The outcome form's state: the goal and period, the submitted version it is built from, the values of its fields
/// (raw text, as typed or prefilled, keyed by <see cref="OutcomeFields"/>), the errors per field, and where the
/// values came from or what just happened.
/// </summary>
public sealed record OutcomeFormState(GoalRef Target, ReportingPeriod Period, long Version)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public FormNotice? Notice { get; init; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>The value of a field, or null when it is empty.</summary>
    public string? Value(string field) => Values.TryGetValue(field, out var v) && !string.IsNullOrEmpty(v) ? v : null;
}

/// <summary>The line at the top of a form: where its values came from, or that the draft was saved.</summary>
public abstract record FormNotice;

public sealed record PrefilledFromDraft(DateTimeOffset SavedAt) : FormNotice;

public sealed record PrefilledFromSubmission(long Version, string Author, DateTimeOffset RecordedAt) : FormNotice;

public sealed record PrefilledFromDocument(string DocumentName, int Year) : FormNotice;

public sealed record DraftSaved(DateTimeOffset SavedAt) : FormNotice;
