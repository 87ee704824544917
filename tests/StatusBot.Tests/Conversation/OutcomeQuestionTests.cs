using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Periods;
using StatusBot.Tests.Conversation.Support;

namespace StatusBot.Tests.Conversation;

/// <summary>The coordinator's questions about reporting: who has not reported, and a goal's history.</summary>
public sealed class OutcomeQuestionTests
{
    [Theory]
    [InlineData("vem har inte rapporterat T2?", PeriodKind.T2)]
    [InlineData("Vilka har inte rapporterat tertial 1?", PeriodKind.T1)]
    [InlineData("vilka ansvariga har ej lämnat in utfall för VB 2023", PeriodKind.VB)]
    [InlineData("<at>StatusBot</at> vem har inte skickat in T2 2026?", PeriodKind.T2)]
    public void Who_has_not_reported_is_its_own_question(string text, PeriodKind kind)
    {
        var q = QuestionParser.Parse(text);
        Assert.Equal(Intent.NotReported, q.Intent);
        Assert.Equal(kind, q.Period?.Kind);
        Assert.Null(q.SearchText);
    }

    [Theory]
    [InlineData("vad har jag inte rapporterat till T2?")]
    [InlineData("vad saknas till T1?")]
    public void What_is_missing_stays_what_it_was(string text) =>
        Assert.Equal(Intent.MissingForPeriod, QuestionParser.Parse(text).Intent);

    [Theory]
    [InlineData("visa historik för 3.6.1")]
    [InlineData("historik 3.6.1")]
    [InlineData("Visa historiken för nämndmål 3.6.1?")]
    public void History_names_the_goal(string text)
    {
        var q = QuestionParser.Parse(text);
        Assert.Equal(Intent.History, q.Intent);
        Assert.Equal("3.6.1", q.GoalNumber);
        Assert.Null(q.SearchText);
    }

    [Fact]
    public void Rapportera_still_opens_a_report()
    {
        var q = QuestionParser.Parse("rapportera 3.6.1 T2");
        Assert.Equal(Intent.Report, q.Intent);
        Assert.Equal("3.6.1", q.GoalNumber);
        Assert.Equal(PeriodKind.T2, q.Period?.Kind);
    }

    private static ConversationHarness Harness() => new(ConversationHarness.DefaultOrganisation(SeedPlans.Enskede,
        ("Responsibilities:0:Organisation", SeedPlans.Enskede), ("Responsibilities:0:Year", "2023"), ("Responsibilities:0:Goal", "1.3.2"),
        ("Responsibilities:0:AadObjectId", "anna-aad"), ("Responsibilities:0:Upn", "anna@stockholm.se"),
        ("Responsibilities:1:Organisation", SeedPlans.Enskede), ("Responsibilities:1:Year", "2023"), ("Responsibilities:1:Goal", "2.4.1"),
        ("Responsibilities:1:AadObjectId", "bo-aad"), ("Responsibilities:1:Upn", "bo@stockholm.se"),
        ("Responsibilities:2:Organisation", SeedPlans.Enskede), ("Responsibilities:2:Year", "2023"), ("Responsibilities:2:Goal", "1.3.1"),
        ("Responsibilities:2:AadObjectId", "bo-aad"), ("Responsibilities:2:Upn", "bo@stockholm.se")));

    [Fact]
    public void Who_has_not_reported_lists_each_persons_goals_without_a_submission()
    {
        var harness = Harness();
        var plan = harness.Service.Answer("rapportera 1.3.1", new("bo-aad")) is ReportRequestAnswer r ? r.Plan : throw new InvalidOperationException();
        // Bo's 1.3.1 has a submission (projected onto the plan with its time); imported assessments have none.
        var submitted = plan.Goals.Single(g => g.Number == "1.3.1");
        submitted.Assessments.Add(new Assessment(new ReportingPeriod(2023, PeriodKind.VB), Bedomning.UppfyllsHelt) { AssessedAt = DateTimeOffset.UnixEpoch.AddYears(54) });

        var answer = Assert.IsType<NotReportedAnswer>(harness.Ask("vem har inte rapporterat VB 2023?", user: "samordnare"));

        Assert.StartsWith("Har inte rapporterat VB 2023", answer.Heading);
        var anna = answer.Groups.Single(g => g.Person?.Upn == "anna@stockholm.se");
        Assert.Equal(["1.3.2"], anna.Goals.Select(g => g.Goal.Number));
        var bo = answer.Groups.Single(g => g.Person?.Upn == "bo@stockholm.se");
        Assert.Equal(["2.4.1"], bo.Goals.Select(g => g.Goal.Number));
        var nobody = answer.Groups.Single(g => g.Person is null);
        Assert.Contains("1.2.1", nobody.Goals.Select(g => g.Goal.Number));
        Assert.DoesNotContain("1.3.1", answer.Groups.SelectMany(g => g.Goals).Select(g => g.Goal.Number));
    }

    [Fact]
    public void History_answers_with_the_goal_for_the_app_to_read_its_submissions()
    {
        var answer = Assert.IsType<OutcomeHistoryAnswer>(Harness().Ask("visa historik för 3.2.1"));
        Assert.Equal("3.2.1", answer.Goal.Number);
        Assert.Equal(2023, answer.Plan.Year);
    }

    [Fact]
    public void History_without_a_goal_asks_which()
    {
        var answer = Assert.IsType<TextAnswer>(Harness().Ask("visa historik"));
        Assert.Contains("visa historik för 3.6.1", answer.Text);
    }
}
