using System.Data.Common;
using StatusBot.Bot;
using StatusBot.Cards.Builders;
using StatusBot.Cards.Formatting;
using StatusBot.Cards.Model;
using StatusBot.Conversation;
using StatusBot.Conversation.Responsibilities;
using StatusBot.Conversation.Search;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;
using StatusBot.Plans;

namespace StatusBot.Outcomes;

/// <summary>
/// The write path: opens the outcome form, saves drafts, submits (authorised, validated, with the version the form
/// was built from and the Teams activity id, so a stale form or a re-delivered invoke never overwrites anything),
/// and answers with the card that replaces the form.
/// </summary>
public sealed class OutcomeFlow(
    IOutcomeStore store,
    IGoalIndexSource index,
    PlanCatalog catalog,
    OutcomeAuthorisation authorisation,
    AnswerCards cards,
    IResponsibilityDirectory people,
    TimeProvider time,
    ILogger<OutcomeFlow> logger)
{
    /// <summary>Teams refreshes a card automatically for at most this many users.</summary>
    public const int MaxRefreshUsers = 60;

    /// <summary>What a chief reads when the store cannot be reached; nothing was saved.</summary>
    public const string StoreUnavailableText = "Det gick inte att spara just nu. Försök igen om en stund.";

    public Task<AdaptiveCard> OpenFormAsync(GoalRef target, ReportingPeriod period, Asker asker, CancellationToken ct) =>
        WhenStoreFailsAsync(() => OpenFormCoreAsync(target, period, asker, ct), "form", target);

    public Task<AdaptiveCard> SaveDraftAsync(GoalRef target, OutcomePost post, Asker asker, CancellationToken ct) =>
        WhenStoreFailsAsync(() => SaveDraftCoreAsync(target, post, asker, ct), "draft", target);

    public Task<AdaptiveCard> SubmitAsync(GoalRef target, OutcomePost post, Asker asker, string? activityId, CancellationToken ct) =>
        WhenStoreFailsAsync(() => SubmitCoreAsync(target, post, asker, activityId, ct), "submission", target);

    public Task<AdaptiveCard> HistoryAsync(GoalRef target, CancellationToken ct) =>
        WhenStoreFailsAsync(async () => OutcomeHistoryCard.Build(target.Goal, await store.HistoryAsync(target.Goal.Id, ct)), "history", target);

    /// <summary>
    /// A database restart or a cut network must not become a 500 for Teams or a hanging card: the chief is told to
    /// try again. Each store call is one transaction, so a failure leaves nothing half-saved.
    /// </summary>
    private async Task<AdaptiveCard> WhenStoreFailsAsync(Func<Task<AdaptiveCard>> action, string what, GoalRef target)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is DbException or TimeoutException)
        {
            logger.LogWarning(e, "Outcome {What} for goal {GoalId} failed: the store is unavailable", what, target.Goal.Id);
            return MessageCard.Error(StoreUnavailableText);
        }
    }

    private async Task<AdaptiveCard> OpenFormCoreAsync(GoalRef target, ReportingPeriod period, Asker asker, CancellationToken ct)
    {
        if (!authorisation.MaySave(asker, target.Plan, target.Goal)) return authorisation.Refuse(asker, target.Goal, "form");
        var snapshot = await store.GetAsync(target.Goal.Id, period, asker.UserId, ct);
        var form = new OutcomeFormModel(target.Plan, target.Goal, period, snapshot.CurrentVersion);
        if (snapshot.Draft is { } draft)
            form = form with
            {
                Values = OutcomeForm.ValuesOf(target.Goal, draft.Content),
                Notice = $"Ifyllt från ditt utkast sparat {SwedishDate.FormatDateTime(draft.RecordedAt)}.",
            };
        else if (snapshot.LatestSubmitted is { } latest)
            form = form with
            {
                Values = OutcomeForm.ValuesOf(target.Goal, latest.Content),
                Notice = $"Ifyllt från version {latest.Version}, inskickad av {latest.AuthorName ?? latest.AuthorId} {SwedishDate.FormatDateTime(latest.RecordedAt)}.",
            };
        else if (OutcomeForm.ValuesOf(target.Goal, period) is { Count: > 0 } imported)
            form = form with { Values = imported, Notice = $"Ifyllt från {target.Plan.Document.DisplayName()} {target.Plan.Year}." };
        return OutcomeFormCard.Build(form);
    }

    private async Task<AdaptiveCard> SaveDraftCoreAsync(GoalRef target, OutcomePost post, Asker asker, CancellationToken ct)
    {
        if (!authorisation.MaySave(asker, target.Plan, target.Goal)) return authorisation.Refuse(asker, target.Goal, "draft");
        var form = new OutcomeFormModel(target.Plan, target.Goal, post.Period, post.Version) { Values = post.Values };
        var validation = OutcomeValidator.Validate(target.Goal, post.Period, post.Values, OutcomeCheck.Draft);
        if (!validation.IsValid) return OutcomeFormCard.Build(form with { Errors = validation.Errors });

        var now = time.GetUtcNow();
        await store.SaveDraftAsync(Entry(target, post, asker, OutcomeState.Draft, validation.Content, now, activityId: null), ct);
        logger.LogInformation("Outcome draft saved for goal {GoalId} {Period} by user {UserId}", target.Goal.Id, post.Period, asker.UserId);
        return OutcomeFormCard.Build(form with { Notice = $"Utkastet är sparat {SwedishDate.FormatTime(now)}." });
    }

    private async Task<AdaptiveCard> SubmitCoreAsync(GoalRef target, OutcomePost post, Asker asker, string? activityId, CancellationToken ct)
    {
        if (!authorisation.MaySave(asker, target.Plan, target.Goal)) return authorisation.Refuse(asker, target.Goal, "submission");
        var validation = OutcomeValidator.Validate(target.Goal, post.Period, post.Values, OutcomeCheck.Submission);
        if (!validation.IsValid)
            return OutcomeFormCard.Build(new OutcomeFormModel(target.Plan, target.Goal, post.Period, post.Version)
            {
                Values = post.Values,
                Errors = validation.Errors,
            });

        var entry = Entry(target, post, asker, OutcomeState.Submitted, validation.Content, time.GetUtcNow(), activityId);
        var result = await store.SubmitAsync(entry, ct);
        switch (result.Status)
        {
            case SubmitStatus.Stored:
                logger.LogInformation("Outcome submitted for goal {GoalId} {Period} by user {UserId}, version {Version}",
                    target.Goal.Id, post.Period, asker.UserId, result.Current?.Version);
                await ShowInReadModelAsync(target.Goal.Id);
                return UpdatedStatusCard(target, post.Period, asker, $"Tack! Ditt utfall för {post.Period} är inskickat.");
            case SubmitStatus.Conflict:
                logger.LogInformation("Outcome for goal {GoalId} {Period} refused as stale: form version {Version}, current {Current}",
                    target.Goal.Id, post.Period, post.Version, result.Current?.Version);
                return result.Current is { } current
                    ? OutcomeConflictCard.Build(target.Goal, post.Period, current)
                    : MessageCard.Error("Målet har ändrats sedan formuläret öppnades. Öppna formuläret på nytt.");
            default:
                // The same invoke delivered again: it is stored already, so answer as the first delivery did.
                logger.LogInformation("Outcome invoke {ActivityId} delivered again; nothing stored", activityId);
                return UpdatedStatusCard(target, post.Period, asker, confirmation: null);
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

    /// <summary>"Avbryt": back to the goal's status, nothing saved.</summary>
    public AdaptiveCard Cancel(GoalRef target, Asker asker) => cards.StatusCard(target.Plan, target.Goal, null, asker);

    /// <summary>
    /// The status card from the reloaded read model, with the confirmation on top and a refresh so that everyone
    /// responsible who sees the same message in Teams gets the new state too.
    /// </summary>
    private AdaptiveCard UpdatedStatusCard(GoalRef target, ReportingPeriod period, Asker asker, string? confirmation)
    {
        var current = index.Current.FindById(target.Goal.Id) ?? target;
        var card = cards.StatusCard(current.Plan, current.Goal, period, asker);
        if (confirmation is not null)
        {
            card.Body.Insert(0, Blocks.Strong(confirmation).With(t => t.Color = TextColor.Good));
            card.FallbackText = $"{confirmation} {card.FallbackText}";
        }
        var viewers = people.ResponsibleFor(current.Plan, current.Goal)
            .Select(p => p.AadObjectId)
            .Append(asker.UserId)
            .OfType<string>()
            .Where(id => id.Length > 0)
            .Select(Mri)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxRefreshUsers);
        card.Refresh = new Refresh(GoalActions.ShowGoal(current.Goal.Id, "Uppdatera")) { UserIds = [.. viewers] };
        return card;
    }

    /// <summary>Teams lists refresh users by MRI: an Entra object id is "8:orgid:{id}"; ids already in MRI form stay.</summary>
    public static string Mri(string userId) =>
        userId.StartsWith("8:", StringComparison.Ordinal) || userId.StartsWith("29:", StringComparison.Ordinal) ? userId : $"8:orgid:{userId}";

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
