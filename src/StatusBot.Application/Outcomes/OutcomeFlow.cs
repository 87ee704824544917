using StatusBot.Application.ReadModel;
using StatusBot.Application.Responsibilities;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;

namespace StatusBot.Application.Outcomes;

/// <summary>
/// The write path: opens the outcome form, saves drafts, submits (authorised, validated, with the version the form
/// was built from and the Teams activity id, so a stale form or a re-delivered invoke never overwrites anything).
/// Answers with an <see cref="OutcomeResult"/>; each surface shows it its own way.
/// </summary>
public sealed class OutcomeFlow(
    IOutcomeStore store,
    IGoalIndexSource index,
    PlanCatalog catalog,
    OutcomeAuthorisation authorisation,
    IResponsibilityDirectory people,
    TimeProvider time,
    ILogger<OutcomeFlow> logger)
{
    public Task<OutcomeResult> OpenFormAsync(GoalRef target, ReportingPeriod period, Asker asker, CancellationToken ct) =>
        WhenStoreFailsAsync(() => OpenFormCoreAsync(target, period, asker, ct), "form", target);

    public Task<OutcomeResult> SaveDraftAsync(GoalRef target, OutcomePost post, Asker asker, CancellationToken ct) =>
        WhenStoreFailsAsync(() => SaveDraftCoreAsync(target, post, asker, ct), "draft", target);

    public Task<OutcomeResult> SubmitAsync(GoalRef target, OutcomePost post, Asker asker, string? activityId, CancellationToken ct) =>
        WhenStoreFailsAsync(() => SubmitCoreAsync(target, post, asker, activityId, ct), "submission", target);

    public Task<OutcomeResult> HistoryAsync(GoalRef target, CancellationToken ct) =>
        WhenStoreFailsAsync(async () => (OutcomeResult)new OutcomeHistory(target, await store.HistoryAsync(target.Goal.Id, ct)), "history", target);

    /// <summary>
    /// A database restart or a cut network must not become a 500 for Teams or a hanging card: the chief is told to
    /// try again. Each store call is one transaction, so a failure leaves nothing half-saved.
    /// </summary>
    private async Task<OutcomeResult> WhenStoreFailsAsync(Func<Task<OutcomeResult>> action, string what, GoalRef target)
    {
        try
        {
            return await action();
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning(e, "Outcome {What} for goal {GoalId} failed: the store is unavailable", what, target.Goal.Id);
            return new OutcomeStoreUnavailable(target);
        }
    }

    private async Task<OutcomeResult> OpenFormCoreAsync(GoalRef target, ReportingPeriod period, Asker asker, CancellationToken ct)
    {
        if (!authorisation.Authorise(asker, target, "form")) return new OutcomeRefused(target, OutcomeRefusal.NotResponsible);
        var snapshot = await store.GetAsync(target.Goal.Id, period, asker.UserId, ct);
        var form = new OutcomeFormState(target, period, snapshot.CurrentVersion);
        if (snapshot.Draft is { } draft)
            form = form with { Values = OutcomeFieldValues.Of(target.Goal, draft.Content), Notice = new PrefilledFromDraft(draft.RecordedAt) };
        else if (snapshot.LatestSubmitted is { } latest)
            form = form with
            {
                Values = OutcomeFieldValues.Of(target.Goal, latest.Content),
                Notice = new PrefilledFromSubmission(latest.Version, latest.AuthorName ?? latest.AuthorId, latest.RecordedAt),
            };
        else if (OutcomeFieldValues.Of(target.Goal, period) is { Count: > 0 } imported)
            form = form with { Values = imported, Notice = new PrefilledFromDocument(target.Plan.Document.DisplayName(), target.Plan.Year) };
        return new OutcomeFormResult(form);
    }

    private async Task<OutcomeResult> SaveDraftCoreAsync(GoalRef target, OutcomePost post, Asker asker, CancellationToken ct)
    {
        if (!authorisation.Authorise(asker, target, "draft")) return new OutcomeRefused(target, OutcomeRefusal.NotResponsible);
        var form = new OutcomeFormState(target, post.Period, post.Version) { Values = post.Values };
        var validation = OutcomeValidator.Validate(target.Goal, post.Period, post.Values, OutcomeCheck.Draft);
        if (!validation.IsValid) return new OutcomeFormResult(form with { Errors = validation.Errors });

        var now = time.GetUtcNow();
        await store.SaveDraftAsync(Entry(target, post, asker, OutcomeState.Draft, validation.Content, now, activityId: null), ct);
        logger.LogInformation("Outcome draft saved for goal {GoalId} {Period} by user {UserId}", target.Goal.Id, post.Period, asker.UserId);
        return new OutcomeFormResult(form with { Notice = new DraftSaved(now) });
    }

    private async Task<OutcomeResult> SubmitCoreAsync(GoalRef target, OutcomePost post, Asker asker, string? activityId, CancellationToken ct)
    {
        if (!authorisation.Authorise(asker, target, "submission")) return new OutcomeRefused(target, OutcomeRefusal.NotResponsible);
        var validation = OutcomeValidator.Validate(target.Goal, post.Period, post.Values, OutcomeCheck.Submission);
        if (!validation.IsValid)
            return new OutcomeFormResult(new OutcomeFormState(target, post.Period, post.Version) { Values = post.Values, Errors = validation.Errors });

        var entry = Entry(target, post, asker, OutcomeState.Submitted, validation.Content, time.GetUtcNow(), activityId);
        var result = await store.SubmitAsync(entry, ct);
        switch (result.Status)
        {
            case SubmitStatus.Stored:
                logger.LogInformation("Outcome submitted for goal {GoalId} {Period} by user {UserId}, version {Version}",
                    target.Goal.Id, post.Period, asker.UserId, result.Current?.Version);
                await ShowInReadModelAsync(target.Goal.Id);
                return Stored(target, post.Period, asker, replayed: false);
            case SubmitStatus.Conflict:
                logger.LogInformation("Outcome for goal {GoalId} {Period} refused as stale: form version {Version}, current {Current}",
                    target.Goal.Id, post.Period, post.Version, result.Current?.Version);
                return new OutcomeConflict(target, post.Period, result.Current);
            case SubmitStatus.Duplicate when result.Current is { } first && (first.GoalId != target.Goal.Id || first.Period != post.Period):
                // The id is spent on another goal or period: this is no re-delivery, and saying "stored" would lose it.
                logger.LogWarning("Outcome for goal {GoalId} {Period} not stored: its activity id was used for goal {OtherGoalId}",
                    target.Goal.Id, post.Period, first.GoalId);
                return new OutcomeNotStored(target, post.Period);
            default:
                // The same invoke delivered again: it is stored already, so answer as the first delivery did.
                logger.LogInformation("Outcome for goal {GoalId} delivered again; nothing stored", target.Goal.Id);
                return Stored(target, post.Period, asker, replayed: true);
        }
    }

    /// <summary>
    /// The read model must show the new outcome at once, not at the next timer tick. The outcome is stored already,
    /// so a failed update must not turn the answer into an error: the timer catches up.
    /// </summary>
    private async Task ShowInReadModelAsync(string goalId)
    {
        try
        {
            await catalog.ApplySubmittedAsync(goalId);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Updating the goal index after a submission failed; the next refresh will show it");
        }
    }

    /// <summary>The goal as the reloaded read model has it, and everyone who should see the new state (the asker too).</summary>
    private OutcomeStored Stored(GoalRef target, ReportingPeriod period, Asker asker, bool replayed)
    {
        var current = index.Current.FindById(target.Goal.Id) ?? target;
        var viewers = people.ResponsibleFor(current.Plan, current.Goal)
            .Select(p => p.AadObjectId)
            .Append(asker.UserId)
            .OfType<string>()
            .Where(id => id.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        return new OutcomeStored(current, period, replayed, viewers);
    }

    private static OutcomeEntry Entry(GoalRef target, OutcomePost post, Asker asker, OutcomeState state, OutcomeContent content, DateTimeOffset now, string? activityId) =>
        new(target.Goal.Id, post.Period, state, content)
        {
            BasedOnVersion = post.Version,
            AuthorId = asker.UserId,
            AuthorName = asker.Name,
            RecordedAt = now,
            SourceActivityId = activityId,
        };
}
