using StatusBot.Teams.Cards;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Serialization;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.People;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Reminders;
using StatusBot.Domain.Store;
using StatusBot.Import;
using StatusBot.Application.Outcomes;
using StatusBot.Testing;
using StatusBot.Application.ReadModel;

namespace StatusBot.CardGallery.Tests;

/// <summary>A card of the gallery: a file-name-safe name, what it shows (for docs/cards.md) and its JSON.</summary>
public sealed record GalleryCard(string Name, string Shows, string Json);

/// <summary>
/// THE card source of the gallery: every kind of card the bot sends, built by the real builders from every seed as
/// the importer reads it. The only file of the gallery that knows the builders (they are moving to new projects;
/// fix the usings here and nothing else).
/// </summary>
public static class GalleryCards
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly DateTimeOffset Noon = new(2026, 9, 10, 10, 5, 0, TimeSpan.Zero);

    private static readonly (string Slug, string File)[] Seeds =
    [
        ("enskede", RepoPaths.Enskede),
        ("hagersten", RepoPaths.Hagersten),
        ("stod", RepoPaths.Stod),
    ];

    public static IReadOnlyList<GalleryCard> All { get; } = Build();

    private static List<GalleryCard> Build()
    {
        var cards = new List<GalleryCard>
        {
            Card("help", "Hjälpkortet: exempelfrågor som knappar", HelpCard.Build()),
            Card("error", "Ett felmeddelande (\"Det gick inte\")", MessageCard.Error("Du får inte rapportera för 3.6.1.")),
        };
        foreach (var (slug, file) in Seeds) cards.AddRange(FromSeed(slug, DocumentImporter.ImportFile(RepoPaths.Seed(file))));
        return cards;
    }

    private static IEnumerable<GalleryCard> FromSeed(string seed, Plan plan)
    {
        var all = plan.Goals.Select(g => (plan, g)).ToList();
        var responsible = new[] { new PersonRef("chef@example.se") { DisplayName = "Anna Chef" } };

        // One status card per assessment the seed has (badge colours), and the fullest goal (longest card).
        foreach (var group in plan.Goals.GroupBy(g => g.LatestAssessment?.Bedomning).OrderBy(g => g.Key is null).ThenBy(g => g.Key))
        {
            var goal = group.OrderByDescending(Richness).First();
            var label = StatusBadge.Label(group.Key);
            yield return Card($"status-{Slug(label)}-{seed}", $"Statuskort för ett mål som är \"{label}\" ({GoalLabels.LevelAndNumber(goal)})",
                GoalStatusCard.Build(plan, goal, new GoalCardContext(responsible, Today, null, ViewerMayReport: true)));
        }

        if (plan.Goals.Where(g => g.Activities.Any(a => a.Deviation)).OrderByDescending(Richness).FirstOrDefault() is { } deviating)
            yield return Card($"status-avvikelse-{seed}", $"Statuskort med aktiviteter som har avvikelse ({GoalLabels.LevelAndNumber(deviating)})",
                GoalStatusCard.Build(plan, deviating, new GoalCardContext(responsible, Today)));

        var richest = plan.Goals.OrderByDescending(Richness).First();
        var withIndicators = plan.Goals.OrderByDescending(g => g.Indicators.Count).First();
        yield return Card($"list-{seed}", "Mållista med statusbricka per rad (högst 25 rader)", GoalListCard.Build($"Alla mål i {plan.Organisation}", all));
        yield return Card($"indicators-{seed}", $"Indikatorkortet för {GoalLabels.LevelAndNumber(withIndicators)} ({withIndicators.Indicators.Count} indikatorer)",
            IndicatorsCard.Build(plan, withIndicators));
        yield return Card($"didyoumean-{seed}", "\"Menade du\": kandidater när ett mål inte finns",
            DidYouMeanCard.Build("3.6.9", all.Where(x => x.g.Level == GoalLevel.Namndmal).Take(8).ToList(), "Det finns inget nämndmål 3.6.9."));

        var period = new ReportingPeriod(plan.Year, PeriodKind.VB);
        var form = new OutcomeFormState(new GoalRef(plan, richest), period, 2) { Notice = new DraftSaved(Noon) };
        yield return Card($"form-{seed}", "Formuläret \"Rapportera utfall\" med bekräftelse av sparat utkast", OutcomeFormCard.Build(form));
        var (values, errors) = InvalidSubmission(richest, period);
        yield return Card($"form-errors-{seed}", "Formuläret med valideringsfel under fälten", OutcomeFormCard.Build(form with { Notice = null, Values = values, Errors = errors }));

        var entry = Submitted(richest, period);
        yield return Card($"conflict-{seed}", "Konflikt: någon annan skickade in före", OutcomeConflictCard.Build(richest, period, entry));
        yield return Card($"history-{seed}", "Historik över inskickade utfall", OutcomeHistoryCard.Build(richest, [entry, entry with { Version = 1, RecordedAt = Noon.AddDays(-20) }]));

        var owed = plan.OfLevel(GoalLevel.Namndmal).Take(4).Select(g => new OwedGoal(g.Id, g.Number, g.Title)).ToList();
        var reminder = Reminder(plan, period, ReminderStep.Early, owed);
        yield return Card($"reminder-{seed}", "Påminnelse med en \"Rapportera\"-knapp per mål", ReminderCard.Build(reminder));
        yield return Card($"reminders-{seed}", "Påminnelseöversikten: misslyckade, väntande, skickade", RemindersCard.Build($"Påminnelser {period} – {plan.Organisation}", Outbox(plan, period, owed), paused: false));
        yield return Card($"notreported-{seed}", "Vem har inte rapporterat", NotReportedCard.Build($"Har inte rapporterat {period}",
            [new NotReportedCard.Group(new PersonRef("anna.chef@example.se") { DisplayName = "Anna Chef" }, all.Where(x => x.g.Level == GoalLevel.Namndmal).Take(5).ToList())]));
    }

    private static int Richness(Goal g) => g.Indicators.Count + g.Activities.Count + (g.LatestAssessment?.Analysis?.Length ?? 0) / 200;

    /// <summary>"Uppfylls delvis" without the analysis it requires, and words where numbers belong.</summary>
    private static (Dictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors) InvalidSubmission(Goal goal, ReportingPeriod period)
    {
        var values = new Dictionary<string, string> { [OutcomeFields.Bedomning] = nameof(Bedomning.UppfyllsDelvis) };
        foreach (var indicator in goal.Indicators.Where(i => i.IsDueIn(period)).Take(2)) values[OutcomeFields.IndicatorTotal(indicator.Id)] = "ungefär hälften";
        return (values, OutcomeValidator.Validate(goal, period, values, OutcomeCheck.Submission).Errors);
    }

    private static OutcomeEntry Submitted(Goal goal, ReportingPeriod period) =>
        new(goal.Id, period, OutcomeState.Submitted, new OutcomeContent
        {
            Bedomning = Bedomning.UppfyllsDelvis,
            Analysis = "Arbetet med trygghetsvandringar har kommit i gång men sjukfrånvaron har försenat uppföljningen under hösten.",
        })
        { Version = 2, AuthorId = "aad-bo", AuthorName = "Bo Berg", RecordedAt = Noon };

    private static ReminderMessage Reminder(Plan plan, ReportingPeriod period, ReminderStep step, IReadOnlyList<OwedGoal> owed)
    {
        const string upn = "anna.chef@example.se";
        return new ReminderMessage(ReminderMessage.KeyFor(upn, period, step), plan.Organisation, period, step,
            new ReminderRecipient(upn, "aad-anna", "Anna Chef"), Noon.AddDays(30), owed) { DueAt = Noon };
    }

    private static List<OutboxItem> Outbox(Plan plan, ReportingPeriod period, IReadOnlyList<OwedGoal> owed) =>
    [
        new(1, Reminder(plan, period, ReminderStep.Early, owed), OutboxState.Sent) { SentAt = Noon },
        new(2, Reminder(plan, period, ReminderStep.DeadlineDay, owed), OutboxState.Pending) { NextAttemptAt = Noon.AddDays(30) },
        new(3, Reminder(plan, period, ReminderStep.Escalation, owed) with { About = "Anna Chef" }, OutboxState.Failed)
            { Attempts = 2, LastError = "Teams svarade 429 (för många anrop)", NextAttemptAt = Noon.AddHours(1) },
    ];

    private static GalleryCard Card(string name, string shows, AdaptiveCard card) => new(name, shows, CardJson.Serialize(card));

    private static string Slug(string label) =>
        label.ToLowerInvariant().Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o').Replace(' ', '-');
}
