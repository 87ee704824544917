using StatusBot.Teams.Cards;
using StatusBot.Application.Text;
using StatusBot.AdaptiveCards.Text;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.AdaptiveCards.Model.Serialization;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Periods;
using StatusBot.AdaptiveCards;

namespace StatusBot.Tests.Cards;

public class GoalStatusCardTests
{
    private readonly SyntheticPlans _p = new();

    private AdaptiveCard Card(Domain.Goals.Goal goal, GoalCardContext? ctx = null) =>
        GoalStatusCard.Build(_p.Enskede, goal, ctx ?? SyntheticPlans.Context());

    private static Container Badge(AdaptiveCard card) =>
        CardQuery.Elements(card).OfType<ColumnSet>().First().Columns[0].Items.OfType<Container>().Single();

    [Theory]
    [InlineData("3.6.1", ContainerStyle.Good, "Uppfylls helt")]
    [InlineData("3.6.4", ContainerStyle.Warning, "Uppfylls delvis")]
    [InlineData("3.6.2", ContainerStyle.Attention, "Uppfylls inte")]
    [InlineData("3.6.3", ContainerStyle.Default, "Ej bedömd")]
    public void Badge_fill_follows_the_latest_bedomning_and_its_text_keeps_the_default_colour(string number, ContainerStyle style, string label)
    {
        var badge = Badge(Card(_p.Enskede.FindByNumber(number)!));

        Assert.Equal(style, badge.Style);
        var text = Assert.IsType<TextBlock>(Assert.Single(badge.Items));
        Assert.Null(text.Color); // coloured text on a coloured fill fails WCAG contrast (issue 15)
        Assert.Equal(TextWeight.Bolder, text.Weight);
        Assert.Equal(label, text.Text);
    }

    [Fact]
    public void Latest_assessment_wins_over_earlier_periods()
    {
        // 3.6.1 was "delvis" at T2 and "helt" in the VB: the VB is the latest.
        var texts = CardQuery.Texts(Card(_p.Nm361)).ToList();
        Assert.Equal(ContainerStyle.Good, Badge(Card(_p.Nm361)).Style);
        Assert.Contains("VB 2023", texts);
    }

    [Fact]
    public void Header_names_level_number_title_breadcrumb_and_source()
    {
        var texts = CardQuery.Texts(Card(_p.Nm361)).ToList();

        Assert.Equal("Nämndmål 3.6.1", texts[0]);
        Assert.Equal("Stadsdelsområdet är tryggt, tillgängligt och välskött", texts[1]);
        Assert.Equal("3 En ekonomiskt och ekologiskt hållbar stad › 3.6 Stockholm är en tillgänglig, trygg och välskött stad", texts[2]);
        Assert.Equal("Enskede-Årsta-Vantörs stadsdelsnämnd · Verksamhetsberättelse 2023", texts[3]);
    }

    [Fact]
    public void Enhetsmal_has_no_number_and_its_breadcrumb_reaches_the_namndmal()
    {
        var card = Card(_p.Enhetsmal);
        var texts = CardQuery.Texts(card).ToList();

        Assert.Equal("Enhetsmål", texts[0]);
        Assert.EndsWith("› 3.6.1 Stadsdelsområdet är tryggt, tillgängligt och välskött", texts[2]);
        Assert.Equal(_p.Vo36.Id, (string?)Assert.Single(CardQuery.Executes(card, CardVerbs.VisaMal)).Data![CardData.GoalId]);
    }

    [Fact]
    public void Assessment_date_is_shown_in_swedish_when_known()
    {
        // Assessed 2026-04-30 23:30 UTC, which is 1 May in Stockholm.
        Assert.Contains("VB 2023 · bedömd 1 maj 2026", CardQuery.Texts(Card(_p.Nm362)));
        Assert.Contains("Ingen bedömning ännu", CardQuery.Texts(Card(_p.Nm363)));
    }

    [Fact]
    public void Responsible_people_are_listed_or_their_absence_said()
    {
        var texts = CardQuery.Texts(Card(_p.Nm361)).ToList();
        Assert.Contains(texts, t => t.StartsWith("Ansvarig: Anna Andersson, bo.berg@stockholm.se, ", StringComparison.Ordinal));

        var nobody = CardQuery.Texts(Card(_p.Nm361, new GoalCardContext([], SyntheticPlans.Today)));
        Assert.Contains("Ansvarig: Ingen ansvarig angiven", nobody);
    }

    [Fact]
    public void Indicators_show_outcome_with_split_targets_and_trend_in_swedish_numbers()
    {
        var texts = CardQuery.Texts(Card(_p.Vo36)).ToList();

        Assert.Contains("Indikatorer (6)", texts);
        Assert.Contains("Utfall VB 2023: 78 % (män 80 %, kvinnor 76 %)", texts);
        Assert.Contains("Årsmål: 79 %", texts);
        Assert.Contains("KF:s årsmål: 79 %", texts);
        Assert.Contains("Utveckling: T1 70 % → T2 75 % → VB 78 %", texts);
        Assert.Contains("Årsmål: 2 %", texts);
        Assert.Contains("KF:s årsmål: 2,7 %", texts);
        Assert.Contains("Utveckling: T1 2,9 % → T2 2,8 % → VB 2,7 %", texts);
        Assert.Contains("Utfall VB 2023: 1 042 st", texts);
        Assert.Contains("KF:s årsmål: Tas fram av nämnd", texts);
        Assert.Contains("Årsmål: +/-1 %", texts);
        Assert.Contains("Utfall: Ej rapporterat", texts);
        Assert.Contains("KF:s årsmål: Max 10 personer", texts);
        // The nämnd's own indicator has no KF target: the fact is left out rather than shown empty.
        var own = texts.IndexOf("Nämndens eget index");
        Assert.DoesNotContain(texts.Skip(own).TakeWhile(t => t != "Aktiviteter (1)"), t => t.StartsWith("KF:s årsmål", StringComparison.Ordinal));
    }

    [Fact]
    public void Activities_show_swedish_date_ranges_and_deviations_with_their_analysis()
    {
        var card = Card(_p.Nm362);
        var texts = CardQuery.Texts(card).ToList();

        Assert.Contains("Aktiviteter (2, varav 1 med avvikelse)", texts);
        Assert.Contains("1 januari–31 december 2023", texts);
        Assert.Contains("1 januari 2022–31 december 2024", texts);
        var flag = CardQuery.Elements(card).OfType<Container>().Single(c => c.Items is [TextBlock { Text: "Avvikelse" }]);
        Assert.Equal(ContainerStyle.Warning, flag.Style);
        Assert.Null(((TextBlock)flag.Items[0]).Color);
        Assert.Contains(texts, t => t.StartsWith("Nätverket har inte startats på grund av vakanser.", StringComparison.Ordinal));
    }

    [Fact]
    public void Long_activity_lists_are_capped_with_deviations_first_and_a_count_of_the_rest()
    {
        var card = Card(_p.Nm364);
        var texts = CardQuery.Texts(card).ToList();

        var shown = texts.Where(t => t.StartsWith("Aktivitet ", StringComparison.Ordinal)).ToList();
        Assert.Equal(GoalStatusCard.Normal.Activities, shown.Count);
        Assert.All(shown, t => Assert.Matches(@"^Aktivitet \d*0:", t)); // every tenth deviates: those come first
        Assert.Contains($"…och {100 - GoalStatusCard.Normal.Activities} till", texts);
        Assert.Contains($"…och {30 - GoalStatusCard.Normal.Indicators} till", texts);
        Assert.True(CardJson.SizeInBytes(card) <= CardBudget.MaxCardBytes, $"{CardJson.SizeInBytes(card)} bytes");
    }

    [Fact]
    public void Long_analysis_is_shortened_with_visa_mer_toggling_the_full_text()
    {
        var card = Card(_p.Nm361);
        var full = _p.Nm361.LatestAssessment!.Analysis!;

        var shortBlock = CardQuery.TextBlocks(card).Single(t => t.Id == GoalStatusCard.AnalysisShortId);
        var shortText = TeamsMarkdown.Unescape(shortBlock.Text);
        Assert.True(shortText.Length <= 300);
        Assert.EndsWith("…", shortText);
        Assert.StartsWith(shortText[..^1], full);
        Assert.Null(shortBlock.IsVisible);

        var fullBlock = CardQuery.TextBlocks(card).Single(t => t.Id == GoalStatusCard.AnalysisFullId);
        Assert.Equal(full, TeamsMarkdown.Unescape(fullBlock.Text));
        Assert.False(fullBlock.IsVisible);

        var more = CardQuery.Actions(card).OfType<ToggleVisibilityAction>().Single(a => a.Title == "Visa mer");
        Assert.Contains(more.TargetElements, t => t.ElementId == GoalStatusCard.AnalysisShortId);
        Assert.Contains(more.TargetElements, t => t.ElementId == GoalStatusCard.AnalysisFullId);
        var less = CardQuery.Elements(card).OfType<ActionSet>().Single(s => s.Id == GoalStatusCard.ShowLessId);
        Assert.False(less.IsVisible);
    }

    [Fact]
    public void Short_analysis_is_shown_whole_without_visa_mer()
    {
        var card = Card(_p.Vo36);
        Assert.Contains("Verksamhetsområdesmålet bedöms ha uppfyllts delvis.", CardQuery.Texts(card));
        Assert.DoesNotContain(CardQuery.Actions(card), a => a is ToggleVisibilityAction);
    }

    [Fact]
    public void Huge_texts_fall_back_to_leaner_limits_and_stay_within_budget()
    {
        var card = Card(_p.Nm364);
        var full = CardQuery.TextBlocks(card).Single(t => t.Id == GoalStatusCard.AnalysisFullId);

        Assert.True(TeamsMarkdown.Unescape(full.Text).Length <= GoalStatusCard.Normal.AnalysisFull);
        Assert.EndsWith("…", full.Text);
        Assert.True(CardJson.SizeInBytes(card) <= CardBudget.MaxCardBytes);
    }

    [Fact]
    public void Actions_report_for_the_asked_period_go_up_to_the_vo_and_list_indicators()
    {
        var card = Card(_p.Nm361, SyntheticPlans.Context(mayReport: true, period: new ReportingPeriod(2026, PeriodKind.T2)));

        var report = Assert.Single(CardQuery.Executes(card, CardVerbs.Rapportera));
        Assert.Equal("Rapportera utfall", report.Title);
        Assert.Equal(_p.Nm361.Id, (string?)report.Data![CardData.GoalId]);
        Assert.Equal("T2 2026", (string?)report.Data[CardData.Period]);

        var up = Assert.Single(CardQuery.Executes(card, CardVerbs.VisaMal));
        Assert.Equal("Visa verksamhetsområdesmålet", up.Title);
        Assert.Equal(_p.Vo36.Id, (string?)up.Data![CardData.GoalId]);

        var indicators = Assert.Single(CardQuery.Executes(card, CardVerbs.VisaIndikatorer));
        Assert.Equal("Visa indikatorer", indicators.Title);
        Assert.Equal(_p.Nm361.Id, (string?)indicators.Data![CardData.GoalId]);
        Assert.Contains("Period: T2 2026 (1 januari–31 augusti 2026)", CardQuery.Texts(card));
    }

    [Fact]
    public void Report_period_defaults_to_the_one_running_today_and_needs_the_right_to_report()
    {
        var card = Card(_p.Nm361, SyntheticPlans.Context(mayReport: true));
        Assert.Equal("T2 2026", (string?)Assert.Single(CardQuery.Executes(card, CardVerbs.Rapportera)).Data![CardData.Period]);

        var readOnly = Card(_p.Nm361, SyntheticPlans.Context(mayReport: false));
        Assert.Empty(CardQuery.Executes(readOnly, CardVerbs.Rapportera));
    }

    [Fact]
    public void Goals_without_a_vo_above_or_indicators_get_no_such_buttons()
    {
        var vo = Card(_p.Vo36);
        Assert.Empty(CardQuery.Executes(vo, CardVerbs.VisaMal));
        var im = Card(_p.Im3);
        Assert.Empty(CardQuery.Executes(im, CardVerbs.VisaMal));
        Assert.Empty(CardQuery.Executes(im, CardVerbs.VisaIndikatorer));
    }

    [Fact]
    public void A_namndmal_without_indicators_offers_those_of_its_verksamhetsomradesmal()
    {
        Assert.Empty(_p.Nm363.Indicators);
        var show = Assert.Single(CardQuery.Executes(Card(_p.Nm363), CardVerbs.VisaIndikatorer));
        Assert.Equal(_p.Vo36.Id, (string?)show.Data![CardData.GoalId]);
    }

    [Fact]
    public void Hostile_document_text_arrives_escaped_everywhere()
    {
        var card = Card(_p.Nm362);
        var raw = CardQuery.RawMarkdown(card).ToList();

        Assert.DoesNotContain(raw, t => t.Contains("[klicka]", StringComparison.Ordinal) || t.Contains("](", StringComparison.Ordinal));
        Assert.DoesNotContain(raw, t => t.Contains("<at>", StringComparison.Ordinal));
        Assert.DoesNotContain(raw, t => t.Contains("**", StringComparison.Ordinal));
        Assert.Contains(@"\[klicka\]\(https://evil.example\) \<at\>Alla\</at\>", raw[1]);
        // ... and still reads as written.
        Assert.Equal(SyntheticPlans.EvilTitle, CardQuery.Texts(card).ElementAt(1));
        Assert.Contains(CardQuery.Texts(card), t => t.StartsWith("Ansvarig: ", StringComparison.Ordinal) && t.Contains(SyntheticPlans.EvilMention, StringComparison.Ordinal));
    }

    [Fact]
    public void Card_is_full_width_in_teams_with_a_fallback_text()
    {
        var card = Card(_p.Nm361);
        Assert.Equal("Full", card.MsTeams?.Width);
        Assert.Equal("Nämndmål 3.6.1: Stadsdelsområdet är tryggt, tillgängligt och välskött – Uppfylls helt", card.FallbackText);
        Assert.Equal(Bedomning.UppfyllsHelt.Label(), StatusBadge.Label(Bedomning.UppfyllsHelt));
    }
}
