using StatusBot.Teams.Cards;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.AdaptiveCards.Model.Inputs;
using StatusBot.Domain.Periods;
using Xunit.Sdk;

namespace StatusBot.Tests.Cards;

/// <summary>Every card every builder makes from the synthetic plans passes the schema, the size limit and cardcheck.</summary>
public class AllCardsValidationTests
{
    private readonly SyntheticPlans _p = new();

    public static IEnumerable<AdaptiveCard> AllCards(SyntheticPlans p)
    {
        foreach (var (plan, goal) in p.AllGoals)
        {
            yield return GoalStatusCard.Build(plan, goal, SyntheticPlans.Context());
            yield return GoalStatusCard.Build(plan, goal, new GoalCardContext([], SyntheticPlans.Today, new ReportingPeriod(2026, PeriodKind.T1)));
            yield return IndicatorsCard.Build(plan, goal);
        }
        yield return GoalListCard.Build("Alla mål", p.AllGoals);
        yield return GoalListCard.Build("Inga mål", []);
        yield return DidYouMeanCard.Build("hur går 3.6.9?", p.AllGoals, "Jag hittar inget nämndmål 3.6.9 i Enskede-Årsta-Vantör 2023.");
        yield return DidYouMeanCard.Build(SyntheticPlans.EvilTitle, [], SyntheticPlans.EvilTitle);
        yield return HelpCard.Build();
        yield return RemindersCard.Build("Påminnelser T2 2026 – Testnämnden", RemindersSample(), paused: true);
        yield return RemindersCard.Build("Påminnelser T1 2026 – Testnämnden", [], paused: false);
        yield return MessageCard.Build("Jag förstod inte frågan. " + SyntheticPlans.EvilLink);
        yield return MessageCard.Error("Du får inte rapportera för 3.6.1.");
        yield return ModelShowcase();
    }

    /// <summary>200 reminders in every state, with a hostile error text: the card must shrink to fit.</summary>
    private static IReadOnlyList<StatusBot.Domain.Store.OutboxItem> RemindersSample()
    {
        var period = new ReportingPeriod(2026, PeriodKind.T2);
        var due = new DateTimeOffset(2026, 8, 18, 6, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(1, 200).Select(i =>
        {
            var step = (StatusBot.Domain.Reminders.ReminderStep)(i % 4);
            var upn = $"person{i}@stockholm.se";
            var message = new StatusBot.Domain.Reminders.ReminderMessage(StatusBot.Domain.Reminders.ReminderMessage.KeyFor(upn, period, step), "Testnämnden", period, step,
                new StatusBot.Domain.Reminders.ReminderRecipient(upn, null), due.AddDays(20), [new StatusBot.Domain.Reminders.OwedGoal("g", "3.6.1", SyntheticPlans.EvilTitle)]) { DueAt = due };
            var state = (StatusBot.Domain.Store.OutboxState)(i % 4);
            return new StatusBot.Domain.Store.OutboxItem(i, message, state) { Attempts = i % 5, LastError = state >= StatusBot.Domain.Store.OutboxState.Failed ? SyntheticPlans.EvilLink : null, SentAt = due, NextAttemptAt = due.AddHours(1) };
        }).ToArray();
    }

    /// <summary>A card using every model type, so the model itself is checked, not only what builders use today.</summary>
    public static AdaptiveCard ModelShowcase() => new()
    {
        MsTeams = TeamsCardProperties.FullWidth,
        FallbackText = "Alla elementtyper",
        Refresh = new Refresh(new ExecuteAction { Verb = CardVerbs.VisaMal, Data = new() { [CardData.GoalId] = "g" } }) { UserIds = ["29:1"] },
        Body =
        [
            new TextBlock("Rubrik") { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Accent, FontType = FontType.Monospace, HorizontalAlignment = HorizontalAlignment.Center, MaxLines = 2, Wrap = true },
            new RichTextBlock { Inlines = [new TextRun("fet ") { Weight = TextWeight.Bolder }, new TextRun("kursiv") { Italic = true, Color = TextColor.Good }] },
            new Container { Id = "c", Style = ContainerStyle.Emphasis, Bleed = true, VerticalContentAlignment = VerticalAlignment.Center, Items = [new FactSet { Facts = [new Fact("Årsmål", "2,7 %")] }], SelectAction = new OpenUrlAction("https://start.stockholm") },
            new ColumnSet { Columns = [new Column { Width = ColumnWidth.Px(40), Items = [new Image("https://start.stockholm/logo.png") { AltText = "logotyp", Size = ImageSize.Small, Style = ImageStyle.Person }] }, new Column { Width = ColumnWidth.Relative(2), Items = [new TextBlock("text")] }] },
            new Table { GridStyle = ContainerStyle.Accent, ShowGridLines = false, Columns = [new TableColumnDefinition { Width = ColumnWidth.Relative(1) }], Rows = [new TableRow { Style = ContainerStyle.Emphasis, Cells = [new TableCell { Items = [new TextBlock("cell")] }] }] },
            new InputText("analys") { Label = "Analys", IsMultiline = true, MaxLength = 4000, Placeholder = "Skriv…", IsRequired = true, ErrorMessage = "Skriv en analys.", Regex = ".+" },
            new InputNumber("utfall") { Label = "Utfall", Min = 0, Max = 100 },
            new InputChoiceSet("bedomning") { Label = "Bedömning", Style = ChoiceInputStyle.Expanded, Choices = [new InputChoice("Uppfylls helt", "helt")] },
            new InputToggle("avvikelse", "Avvikelse") { Label = "Avvikelse" },
            new InputDate("klar") { Label = "Klar", Min = new DateOnly(2026, 1, 1), Max = new DateOnly(2026, 12, 31) },
            new ActionSet { Actions = [new ToggleVisibilityAction { Title = "Växla", TargetElements = [new TargetElement("c")] }] },
        ],
        Actions =
        [
            new ExecuteAction { Title = "Spara", Verb = CardVerbs.Rapportera, Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.Auto },
            new SubmitAction { Title = "Skicka", AssociatedInputs = AssociatedInputs.None },
            new ShowCardAction(new AdaptiveCard { Body = [new TextBlock("inre kort")] }) { Title = "Mer" },
        ],
    };

    [Fact]
    public void Every_card_validates_against_the_schema_is_version_1_5_and_under_40_kb()
    {
        var cards = AllCards(_p).ToList();
        Assert.True(cards.Count > 30);
        foreach (var card in cards) CardValidation.AssertValid(card);
    }

    [Fact]
    public void Every_card_passes_cardcheck_in_one_batch() =>
        CardValidation.AssertAllValidWithCardcheck(AllCards(_p));

    [Fact]
    public void Assert_all_valid_checks_a_plan_s_cards_both_ways()
    {
        // The way a test over imported seeds checks its cards: each on its own, then all in one cardcheck run.
        var cards = _p.Hagersten.Goals.SelectMany(g => new[]
        {
            GoalStatusCard.Build(_p.Hagersten, g, SyntheticPlans.Context(mayReport: false)),
            IndicatorsCard.Build(_p.Hagersten, g),
        });
        CardValidation.AssertAllValid(cards);
    }

    [Fact]
    public void Schema_check_rejects_a_broken_card()
    {
        // A container without items breaks the schema's "required": ["items"].
        var broken = new AdaptiveCard { Body = [new Container()] };
        Assert.ThrowsAny<XunitException>(() => CardValidation.AssertValid(broken));
    }

    [Fact]
    public void Cardcheck_rejects_duplicate_ids()
    {
        var broken = new AdaptiveCard { Body = [new TextBlock("a") { Id = "x" }, new TextBlock("b") { Id = "x" }] };
        var ex = Assert.ThrowsAny<XunitException>(() => CardValidation.AssertAllValidWithCardcheck([MessageCard.Build("ok"), broken]));
        Assert.Contains("DuplicateId", ex.Message);
    }
}
