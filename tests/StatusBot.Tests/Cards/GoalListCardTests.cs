using StatusBot.Teams.Cards;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.AdaptiveCards.Model.Serialization;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;
using StatusBot.AdaptiveCards;
using StatusBot.AdaptiveCards.Text;

namespace StatusBot.Tests.Cards;

public class GoalListCardTests
{
    private readonly SyntheticPlans _p = new();

    /// <summary>The goal rows: badge line, then the title that opens the goal, then the small level line.</summary>
    internal static List<Container> Rows(AdaptiveCard card) =>
        [.. card.Body.OfType<Container>().Where(r => r.Items.Count == 3 && Title(r).SelectAction is ExecuteAction { Verb: CardVerbs.VisaMal })];

    internal static Container Title(Container row) => row.Items[1] as Container ?? new Container();

    [Fact]
    public void Each_row_has_a_badge_number_title_and_opens_its_status_card()
    {
        var goals = _p.Enskede.Goals.Select(g => (_p.Enskede, g)).ToList();
        var card = GoalListCard.Build("Mål i Enskede", goals);
        var rows = Rows(card);

        Assert.Equal(goals.Count, rows.Count);
        for (var i = 0; i < goals.Count; i++)
        {
            var goal = goals[i].g;
            var open = Assert.IsType<ExecuteAction>(Title(rows[i]).SelectAction);
            Assert.Equal(goal.Id, (string?)open.Data![CardData.GoalId]);
            // The link's accessible name contains the title it shows (WCAG 2.5.3).
            var title = Assert.IsType<TextBlock>(Assert.Single(Title(rows[i]).Items));
            Assert.Contains(StatusBot.AdaptiveCards.Text.TeamsMarkdown.Unescape(title.Text), open.Title, StringComparison.Ordinal);
            // The badge has its own line, so the title gets the card's full width (issue 15: words broke on phones).
            var badgeLine = Assert.IsType<ColumnSet>(rows[i].Items[0]);
            var badge = Assert.IsType<Container>(Assert.Single(badgeLine.Columns).Items.Single());
            Assert.Equal(StatusBadge.Style(goal.LatestAssessment?.Bedomning), badge.Style);
            Assert.Equal(StatusBadge.Label(goal.LatestAssessment?.Bedomning), ((TextBlock)badge.Items[0]).Text);
        }
        var texts = CardQuery.Texts(card).ToList();
        Assert.Contains("3.6.1 Stadsdelsområdet är tryggt, tillgängligt och välskött", texts);
        Assert.Contains("Enheten arbetar för trygga utemiljöer", texts);
    }

    [Fact]
    public void Summary_counts_assessments_and_names_the_single_plan()
    {
        var goals = _p.Enskede.Goals.Select(g => (_p.Enskede, g)).ToList();
        var texts = CardQuery.Texts(GoalListCard.Build("Mål", goals)).ToList();

        Assert.Contains("7 mål · 1 uppfylls helt, 3 uppfylls delvis, 1 uppfylls inte, 2 ej bedömda · Enskede-Årsta-Vantörs stadsdelsnämnd · Verksamhetsberättelse 2023", texts);
        // One plan: rows do not repeat it.
        Assert.Contains("Nämndmål 3.6.1", texts);
    }

    [Fact]
    public void Rows_name_their_plan_when_the_list_spans_plans()
    {
        var texts = CardQuery.Texts(GoalListCard.Build("Alla mål", _p.AllGoals)).ToList();
        Assert.Contains("Nämndmål 1.2.1 · Hägersten-Älvsjö stadsdelsnämnd · Verksamhetsplan 2024", texts);
        Assert.Contains("Nämndmål 3.6.1 · Enskede-Årsta-Vantörs stadsdelsnämnd · Verksamhetsberättelse 2023", texts);
    }

    [Fact]
    public void Long_lists_are_capped_with_a_line_on_how_many_more()
    {
        var plan = new Plan("Stor nämnd", 2026, DocumentKind.Verksamhetsplan);
        for (var i = 1; i <= 60; i++) plan.Goals.Add(new Goal(StableId.ForGoal(plan.Id, $"1.1.{i}"), GoalLevel.Namndmal, $"Mål nummer {i}") { Number = $"1.1.{i}" });
        var card = GoalListCard.Build("Mina mål", [.. plan.Goals.Select(g => (plan, g))]);

        Assert.Equal(GoalListCard.DefaultMaxRows, Rows(card).Count);
        Assert.Contains(CardQuery.Texts(card), t => t.StartsWith("…och 35 till.", StringComparison.Ordinal));
        Assert.Equal(10, Rows(GoalListCard.Build("Mina mål", [.. plan.Goals.Select(g => (plan, g))], maxRows: 10)).Count);
    }

    [Fact]
    public void Huge_titles_are_shortened_in_rows()
    {
        var plan = PlanWithGoals(25, titleLength: 3000);
        var card = GoalListCard.Build("Mina mål", [.. plan.Goals.Select(g => (plan, g))]);

        Assert.Equal(25, Rows(card).Count);
        var titles = CardQuery.Texts(card).Where(t => t.StartsWith("1.1.", StringComparison.Ordinal)).ToList();
        Assert.Equal(25, titles.Count);
        Assert.All(titles, t => { Assert.True(t.Length <= GoalRows.MaxTitleChars); Assert.EndsWith("…", t); });
        Assert.True(CardJson.SizeInBytes(card) <= CardBudget.MaxCardBytes, $"{CardJson.SizeInBytes(card)} bytes");
    }

    [Fact]
    public void Too_many_rows_for_teams_size_limit_are_cut_further()
    {
        var plan = PlanWithGoals(100, titleLength: 240);
        var card = GoalListCard.Build("Alla mål", [.. plan.Goals.Select(g => (plan, g))], maxRows: 100);

        Assert.True(CardJson.SizeInBytes(card) <= CardBudget.MaxCardBytes, $"{CardJson.SizeInBytes(card)} bytes");
        var shown = Rows(card).Count;
        Assert.InRange(shown, 1, 99);
        Assert.Contains(CardQuery.Texts(card), t => t.StartsWith($"…och {100 - shown} till.", StringComparison.Ordinal));
    }

    private static Plan PlanWithGoals(int count, int titleLength)
    {
        var plan = new Plan("Stor nämnd", 2026, DocumentKind.Verksamhetsplan);
        for (var i = 1; i <= count; i++)
            plan.Goals.Add(new Goal(StableId.ForGoal(plan.Id, $"1.1.{i}"), GoalLevel.Namndmal, SyntheticPlans.LongAnalysis(titleLength)) { Number = $"1.1.{i}" });
        return plan;
    }

    [Fact]
    public void Empty_list_says_so()
    {
        var card = GoalListCard.Build("Mål som inte uppfylls", []);
        Assert.Contains("Inga mål att visa.", CardQuery.Texts(card));
        Assert.Empty(Rows(card));
    }

    [Fact]
    public void Heading_and_titles_are_escaped()
    {
        var card = GoalListCard.Build("Svar på " + SyntheticPlans.EvilLink, [(_p.Enskede, _p.Nm362)]);
        Assert.DoesNotContain(CardQuery.RawMarkdown(card), t => t.Contains("](", StringComparison.Ordinal) || t.Contains("<at>", StringComparison.Ordinal));
        Assert.Contains("Svar på " + SyntheticPlans.EvilLink, CardQuery.Texts(card));
    }
}
