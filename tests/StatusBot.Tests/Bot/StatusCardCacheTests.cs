using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Teams.Bot;
using StatusBot.Teams.Cards;
using StatusBot.Application.Conversation;
using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Responsibilities;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;
using StatusBot.Import;
using StatusBot.Application.Outcomes;
using StatusBot.Testing;
using StatusBot.Application;

namespace StatusBot.Tests.Bot;

/// <summary>
/// Cached status cards must never show what a fresh card would not: every input the card depends on (the goal's
/// data, the date, the asker's right to report, the responsible people) is changed in turn, and the cached reply
/// must then equal a freshly built one.
/// </summary>
public sealed class StatusCardCacheTests : IDisposable
{
    private static readonly Asker Anna = new("aad-anna");
    private static readonly Asker Outsider = new("aad-ulf");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 11, 20, 9, 0, 0, TimeSpan.Zero));
    private readonly GoalIndexHolder _index = new();
    private readonly StatusCardCache _cache = new(Settings(StatusCardCache.DefaultMegabytes));
    private readonly Plan _plan;
    private readonly ConfiguredResponsibilityDirectory _people;

    public StatusCardCacheTests()
    {
        _plan = Fresh();
        _index.Replace([_plan]);
        _people = new ConfiguredResponsibilityDirectory([Owner("anna@stockholm.se", "aad-anna", "Anna Andersson")]);
    }

    public void Dispose() => _cache.Dispose();

    private static IConfiguration Settings(int megabytes) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [StatusCardCache.SizeLimitKey] = $"{megabytes}" }).Build();

    private static Plan Fresh() => DocumentImporter.ImportFile(RepoPaths.Seed(RepoPaths.Enskede));

    private Responsibility Owner(string upn, string oid, string name) =>
        new(_plan.Organisation, _plan.Year, "3.6.1", new PersonRef(upn) { AadObjectId = oid, DisplayName = name }, ResponsibilityRole.Ansvarig);

    private AnswerCards Cards(IResponsibilityDirectory? people = null, StatusCardCache? cache = null)
    {
        people ??= _people;
        return new AnswerCards(people, new OutcomeAuthorisation(new GoalOwnership(people), NullLogger<OutcomeAuthorisation>.Instance), _time, cache ?? _cache);
    }

    private GoalAnswer Question(Plan? plan = null)
    {
        plan ??= _index.Current.Plans.Single();
        return new GoalAnswer(plan, plan.FindByNumber("3.6.1")!, null);
    }

    private static string Json(RenderedCard card) => Encoding.UTF8.GetString(card.Json.Span);

    private string FreshJson(AnswerCards cards, GoalAnswer answer, Asker asker) => Json(RenderedCard.Of(cards.Render(answer, asker)));

    [Fact]
    public void A_repeated_question_is_served_from_the_cache_and_equals_a_fresh_card()
    {
        var cards = Cards();
        var first = cards.RenderForReply(Question(), Outsider);
        var second = cards.RenderForReply(Question(), Outsider);

        Assert.Same(first, second);
        Assert.Equal(FreshJson(cards, Question(), Outsider), Json(second));
        Assert.Equal(cards.Render(Question(), Outsider).FallbackText, second.FallbackText);
    }

    [Fact]
    public void Whether_the_asker_may_report_is_part_of_the_key()
    {
        var cards = Cards();
        var outsider = Json(cards.RenderForReply(Question(), Outsider));
        var anna = Json(cards.RenderForReply(Question(), Anna));

        Assert.DoesNotContain($"\"verb\":\"{CardVerbs.Rapportera}\"", outsider);
        Assert.Contains($"\"verb\":\"{CardVerbs.Rapportera}\"", anna);
        Assert.Equal(FreshJson(cards, Question(), Anna), anna);
    }

    [Fact]
    public void A_reloaded_goal_gets_a_new_card()
    {
        var cards = Cards();
        var before = cards.RenderForReply(Question(), Outsider);

        // What PlanCatalog does after an import or a submitted outcome: new plan objects, new index.
        var reloaded = Fresh();
        reloaded.FindByNumber("3.6.1")!.Title = "Ny titel efter omläsning";
        _index.Replace([reloaded]);
        var after = cards.RenderForReply(Question(), Outsider);

        Assert.NotSame(before, after);
        Assert.Contains("Ny titel efter omläsning", Json(after));
        Assert.Equal(FreshJson(cards, Question(), Outsider), Json(after));
    }

    [Fact]
    public void A_new_day_gets_a_new_card()
    {
        var cards = Cards();
        var before = cards.RenderForReply(Question(), Anna);
        _time.Advance(TimeSpan.FromDays(1));
        var after = cards.RenderForReply(Question(), Anna);

        Assert.NotSame(before, after);
        Assert.Equal(FreshJson(cards, Question(), Anna), Json(after));
    }

    [Fact]
    public void Changed_responsible_people_are_shown_at_once()
    {
        var people = new MutableDirectory(_people);
        var cards = Cards(people);
        Assert.Contains("Anna Andersson", Json(cards.RenderForReply(Question(), Outsider)));

        people.Inner = new ConfiguredResponsibilityDirectory([Owner("bertil@stockholm.se", "aad-bertil", "Bertil Berg")]);
        var after = Json(cards.RenderForReply(Question(), Outsider));

        Assert.Contains("Bertil Berg", after);
        Assert.DoesNotContain("Anna Andersson", after);
    }

    [Fact]
    public void A_size_of_zero_turns_the_cache_off()
    {
        using var off = new StatusCardCache(Settings(0));
        var cards = Cards(cache: off);
        Assert.NotSame(cards.RenderForReply(Question(), Outsider), cards.RenderForReply(Question(), Outsider));
    }

    [Fact]
    public void The_cache_keeps_to_its_size_limit()
    {
        using var tiny = new StatusCardCache(Settings(1));
        var cards = Cards(cache: tiny);
        var goals = _plan.Goals.ToList();
        // Every goal of the plan, twice over: far more than 1 MB of cards would be kept without the limit.
        var total = 0L;
        for (var day = 0; day < 40; day++, _time.Advance(TimeSpan.FromDays(1)))
            foreach (var goal in goals)
                total += cards.RenderForReply(new GoalAnswer(_plan, goal, null), Outsider).Json.Length;
        Assert.True(total > 4 * 1024 * 1024, $"the test must render more than the limit ({total} bytes)");
        Assert.True(tiny.SizeInBytes <= 1024 * 1024, $"cache holds {tiny.SizeInBytes} bytes");
    }

    /// <summary>A directory whose contents a test can swap, as a configuration reload or a people import does.</summary>
    private sealed class MutableDirectory(IResponsibilityDirectory inner) : IResponsibilityDirectory
    {
        public IResponsibilityDirectory Inner { get; set; } = inner;
        public IReadOnlyList<Responsibility> All => Inner.All;
        public IReadOnlyList<Responsibility> GoalsFor(Asker asker) => Inner.GoalsFor(asker);
        public IReadOnlyList<PersonRef> ResponsibleFor(Plan plan, StatusBot.Domain.Goals.Goal goal) => Inner.ResponsibleFor(plan, goal);
    }
}
