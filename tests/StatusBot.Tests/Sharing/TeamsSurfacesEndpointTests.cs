using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Store;
using StatusBot.Teams.Cards;
using StatusBot.Tests.Bot;
using StatusBot.Tests.EndToEnd;

namespace StatusBot.Tests.Sharing;

/// <summary>
/// Issue 18 through /api/messages with the payloads Teams sends: the compose-box search (composeExtension/query),
/// link unfurling (composeExtension/queryLink), live cards in a channel (refresh and Action.Execute by a responsible
/// and by a non-responsible user), the welcome card, and the goal page behind the link.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class TeamsSurfacesEndpointTests : IAsyncLifetime
{
    private const string Enskede = "Enskede-Årsta-Vantörs stadsdelsnämnd";
    private const string PublicBase = "https://statusbot.example.se";
    private const string Channel = "channel";
    private const string ThumbnailCard = "application/vnd.microsoft.card.thumbnail";

    private static readonly TeamsUser Anna = new("aad-anna", "Anna Andersson", "19:kanal@thread.tacv2");
    private static readonly TeamsUser Delegate = new("aad-delegat", "Dan Delegat", "19:kanal@thread.tacv2");
    private static readonly TeamsUser Coordinator = new("aad-samordnare", "Sara Samordnare", "19:kanal@thread.tacv2");
    private static readonly TeamsUser Outsider = new("aad-utomstaende", "Ulf Utomstående", "19:kanal@thread.tacv2");

    private TeamsChat _teams = null!;

    public async Task InitializeAsync()
    {
        _teams = await TeamsChat.StartAsync(new Dictionary<string, string?>(DemoSettings.Enskede)
        {
            ["Bot:AllowedTenantIds:0"] = TeamsChat.Tenant,
            ["Bot:PublicBaseUrl"] = PublicBase,
            ["Responsibilities:0:Organisation"] = Enskede, ["Responsibilities:0:Year"] = "2023", ["Responsibilities:0:Goal"] = "3.6.1", ["Responsibilities:0:AadObjectId"] = Anna.AadObjectId,
            ["Responsibilities:1:Organisation"] = Enskede, ["Responsibilities:1:Year"] = "2023", ["Responsibilities:1:Goal"] = "1.3.2", ["Responsibilities:1:AadObjectId"] = Anna.AadObjectId,
            ["Responsibilities:2:Organisation"] = Enskede, ["Responsibilities:2:Year"] = "2023", ["Responsibilities:2:Goal"] = "3.6.1", ["Responsibilities:2:AadObjectId"] = Delegate.AadObjectId, ["Responsibilities:2:Role"] = "Delegate",
            ["Responsibilities:3:Organisation"] = Enskede, ["Responsibilities:3:Year"] = "2023", ["Responsibilities:3:AadObjectId"] = Coordinator.AadObjectId, ["Responsibilities:3:Role"] = "Coordinator",
        });
    }

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    private Goal GoalNumbered(string number) =>
        _teams.Bot.Services.GetRequiredService<IGoalIndexSource>().Current.Plans
            .Single(p => p.Organisation == Enskede && p.Year == 2023)
            .Goals.Single(g => g.Number == number && g.Level == GoalLevel.Namndmal);

    private static string GoalUrl(string number) =>
        $"{PublicBase}/mal/{Uri.EscapeDataString(Enskede)}/2023/{number}";

    // ---------- composeExtension/query ----------

    [Fact]
    public async Task A_goal_number_in_the_compose_box_gives_its_preview_and_the_read_only_live_card_to_insert()
    {
        var result = await QueryAsync(Outsider, "3.6.1");

        Assert.Equal("result", (string?)result["type"]);
        Assert.Equal("list", (string?)result["attachmentLayout"]);
        var attachment = Assert.Single(result["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        var preview = attachment["preview"]!;
        Assert.Equal(ThumbnailCard, (string?)preview["contentType"]);
        Assert.Equal($"Nämndmål 3.6.1: {GoalNumbered("3.6.1").Title}", (string?)preview["content"]!["title"]);
        Assert.Matches("^(Uppfylls helt|Uppfylls delvis|Uppfylls inte|Ej bedömd)", (string?)preview["content"]!["subtitle"]);
        Assert.Equal($"{Enskede} · 2023", (string?)preview["content"]!["text"]);

        var card = attachment["content"]!;
        Assert.Null(FindAction(card, CardVerbs.Rapportera)); // nobody's buttons on the posted card
        Assert.Equal(["8:orgid:aad-anna", "8:orgid:aad-delegat", "8:orgid:aad-samordnare"], RefreshUsers(card));
        Assert.Equal(GoalUrl("3.6.1"), (string?)FindOpenUrl(card)?["url"]);
    }

    [Fact]
    public async Task Free_text_pages_through_the_same_search_with_skip_and_count()
    {
        var all = Titles(await QueryAsync(Outsider, "trygghet", skip: 0, count: 25));
        Assert.True(all.Count >= 2, $"expected several hits for trygghet, got {all.Count}");

        var first = Titles(await QueryAsync(Outsider, "trygghet", skip: 0, count: 1));
        var second = Titles(await QueryAsync(Outsider, "trygghet", skip: 1, count: 1));
        var past = await QueryAsync(Outsider, "trygghet", skip: 200, count: 10);

        Assert.Equal(all.Take(1), first);
        Assert.Equal(all.Skip(1).Take(1), second);
        Assert.Equal("result", (string?)past["type"]);
        Assert.Empty(past["attachments"]!.AsArray()); // the end of the list, not "nothing matched"
        // The chat's own answer comes first.
        Assert.Contains("Trygg", await _teams.AskAsync(Outsider with { ConversationId = "conv-chat" }, "hur går det med trygghet?"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Nothing_typed_lists_the_askers_own_goals()
    {
        var initial = new JsonObject
        {
            ["commandId"] = "sokMal",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "initialRun", ["value"] = "true" }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        };
        var result = await ComposeAsync(Anna, "composeExtension/query", initial);

        Assert.Equal(["Nämndmål 1.3.2", "Nämndmål 3.6.1"], Titles(result).Select(t => t[..t.IndexOf(':')]).Order());
    }

    [Fact]
    public async Task Mina_mal_typed_in_the_compose_box_lists_the_same_goals_as_in_the_chat()
    {
        var result = await QueryAsync(Anna, "mina mål");

        Assert.Equal(["Nämndmål 1.3.2", "Nämndmål 3.6.1"], Titles(result).Select(t => t[..t.IndexOf(':')]).Order());
    }

    [Fact]
    public async Task A_query_without_hits_says_so_in_swedish()
    {
        var result = await QueryAsync(Outsider, "xyzzyqwv");

        Assert.Equal("message", (string?)result["type"]);
        Assert.StartsWith("Inga mål matchar", (string?)result["text"]);
    }

    [Fact]
    public async Task Nothing_typed_by_someone_without_goals_says_how_to_search()
    {
        var result = await QueryAsync(Outsider, "");

        Assert.Equal("message", (string?)result["type"]);
        Assert.Contains("Skriv ett målnummer", (string?)result["text"]);
    }

    // ---------- composeExtension/queryLink ----------

    [Fact]
    public async Task A_pasted_goal_link_unfurls_into_the_live_status_card()
    {
        var result = await ComposeAsync(Outsider, "composeExtension/queryLink", new JsonObject { ["url"] = GoalUrl("3.6.1") });

        var attachment = Assert.Single(result["attachments"]!.AsArray())!;
        Assert.Equal(ThumbnailCard, (string?)attachment["preview"]!["contentType"]);
        Assert.Contains(GoalNumbered("3.6.1").Title, ConversationStream.AllText(attachment["content"]));
        Assert.Equal(3, RefreshUsers(attachment["content"]!).Count);
    }

    [Theory]
    [InlineData("https://annan.example.se/mal/Enskede-%C3%85rsta-Vant%C3%B6rs%20stadsdelsn%C3%A4mnd/2023/3.6.1")]
    [InlineData(PublicBase + "/mal/Enskede-%C3%85rsta-Vant%C3%B6rs%20stadsdelsn%C3%A4mnd/2023/9.9.9")]
    [InlineData(PublicBase + "/mal/Ingen%20n%C3%A4mnd/2023/3.6.1")]
    [InlineData(PublicBase + "/nyheter/2023")]
    public async Task A_link_that_names_no_goal_does_not_unfurl(string url)
    {
        var result = await ComposeAsync(Outsider, "composeExtension/queryLink", new JsonObject { ["url"] = url });

        Assert.Equal("result", (string?)result["type"]);
        Assert.Empty(result["attachments"]!.AsArray());
    }

    // ---------- live cards in a channel ----------

    [Fact]
    public async Task A_status_card_asked_for_in_a_channel_is_read_only_and_refreshes_for_the_reporters()
    {
        (await _teams.PostAsync(_teams.MessageIn(Channel, Anna, "c-1", "hur går nämndmål 3.6.1?"))).EnsureSuccessStatusCode();
        var card = await _teams.NextReplyCardAsync();

        Assert.Null(FindAction(card, CardVerbs.Rapportera)); // Anna asked, but the whole channel sees this card
        Assert.Equal(3, RefreshUsers(card).Count);
        Assert.Equal(true, (bool?)card["refresh"]!["action"]!["data"]!["delat"]);
    }

    [Fact]
    public async Task The_refresh_shows_the_report_button_to_a_responsible_user_only_and_posts_nothing()
    {
        var goal = GoalNumbered("3.6.1");

        var annas = await RefreshAsync(Anna, goal);
        var ulfs = await RefreshAsync(Outsider, goal);

        Assert.NotNull(FindAction(annas, CardVerbs.Rapportera));
        Assert.Null(FindAction(ulfs, CardVerbs.Rapportera));
        Assert.Equal(3, RefreshUsers(annas).Count); // still live for the others
        Assert.Equal(3, RefreshUsers(ulfs).Count);
        await Task.Delay(300);
        Assert.Empty(_teams.Connector.Received); // a refresh answers with a card only: no message, no loop
    }

    [Fact]
    public async Task A_responsible_user_reports_from_the_shared_card_and_everyones_refresh_shows_the_new_assessment()
    {
        var goal = GoalNumbered("3.6.1");
        var shared = await RefreshAsync(Anna, goal);
        var rapportera = FindAction(shared, CardVerbs.Rapportera)!;

        var form = await ExecuteAsync(Anna, "c-2", CardVerbs.Rapportera, (JsonObject)rapportera["data"]!.DeepClone());
        var submit = (JsonObject)FindAction(form, CardVerbs.SkickaIn)!["data"]!.DeepClone();
        submit[OutcomeFields.Bedomning] = "UppfyllsDelvis";
        submit[OutcomeFields.Analysis] = "Delad analys från kanalen.";
        var updated = await ExecuteAsync(Anna, "c-3", CardVerbs.SkickaIn, submit);

        Assert.Contains("Tack! Ditt utfall för VB 2023 är inskickat.", ConversationStream.AllText(updated));
        Assert.Equal(["8:orgid:aad-anna", "8:orgid:aad-delegat", "8:orgid:aad-samordnare"], RefreshUsers(updated)); // the coordinator too
        var stored = Assert.Single(await _teams.Bot.Services.GetRequiredService<IOutcomeStore>().HistoryAsync(goal.Id));
        Assert.Equal(Anna.AadObjectId, stored.AuthorId);

        var ulfs = ConversationStream.AllText(await RefreshAsync(Outsider, goal));
        Assert.Contains("Uppfylls delvis", ulfs);
        Assert.Contains("Delad analys från kanalen.", ulfs);
    }

    [Fact]
    public async Task A_non_responsible_user_who_executes_rapportera_in_a_channel_is_refused_and_nothing_is_stored()
    {
        var goal = GoalNumbered("3.6.1");
        var data = new JsonObject { ["goalId"] = goal.Id, ["period"] = new ReportingPeriod(2023, PeriodKind.VB).ToString() };

        var card = await ExecuteAsync(Outsider, "c-4", CardVerbs.Rapportera, data);
        var submitted = await ExecuteAsync(Outsider, "c-5", CardVerbs.SkickaIn,
            new JsonObject { ["goalId"] = goal.Id, ["period"] = "VB 2023", ["version"] = 0, [OutcomeFields.Bedomning] = "UppfyllsHelt" });

        Assert.Contains("Du kan inte rapportera det här målet", ConversationStream.AllText(card));
        Assert.Contains("Du kan inte rapportera det här målet", ConversationStream.AllText(submitted));
        Assert.Empty(await _teams.Bot.Services.GetRequiredService<IOutcomeStore>().HistoryAsync(goal.Id));
    }

    // ---------- install and the goal page ----------

    [Theory]
    [InlineData("personal", "Jag svarar på frågor")]
    [InlineData("channel", "Nämn @StatusBot")]
    [InlineData("groupChat", "Nämn @StatusBot")]
    public async Task Installing_the_app_posts_the_welcome_card_for_the_scope(string conversationType, string expected)
    {
        var install = _teams.InvokeNamed(Anna, "i-" + conversationType, "unused", new JsonObject(), conversationType);
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install.Remove("name");
        install.Remove("value");

        (await _teams.PostAsync(install)).EnsureSuccessStatusCode();
        var text = ConversationStream.AllText(await _teams.NextReplyCardAsync());

        Assert.Contains("Välkommen till StatusBot", text);
        Assert.Contains(expected, text);
        Assert.Contains("Dela ett mål", text);
    }

    [Fact]
    public async Task The_goal_link_opens_a_readable_swedish_page_and_an_unknown_goal_a_404()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_teams.Bot.Endpoint.Replace("/api/messages", "")) };
        var path = new Uri(GoalUrl("3.6.1")).PathAndQuery;

        var page = await http.GetAsync(path);
        var missing = await http.GetAsync(new Uri(GoalUrl("9.9.9")).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"sv\">", html);
        Assert.Contains("<h1>Nämndmål 3.6.1: ", html);
        Assert.Contains("<h2>Bedömning</h2>", html);
        Assert.Equal("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Målet finns inte", await missing.Content.ReadAsStringAsync());
    }

    // ---------- helpers ----------

    private async Task<JsonObject> QueryAsync(TeamsUser from, string text, int skip = 0, int count = 10)
    {
        var value = new JsonObject
        {
            ["commandId"] = "sokMal",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "sokord", ["value"] = text }),
            ["queryOptions"] = new JsonObject { ["skip"] = skip, ["count"] = count },
        };
        return await ComposeAsync(from, "composeExtension/query", value);
    }

    /// <summary>The composeExtension object of the invoke's synchronous answer (HTTP 200, not wrapped in statusCode/type/value).</summary>
    private async Task<JsonObject> ComposeAsync(TeamsUser from, string name, JsonObject value)
    {
        var response = await _teams.PostAsync(_teams.InvokeNamed(from, "q-" + Guid.NewGuid().ToString("N")[..8], name, value, Channel));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["composeExtension"]!.AsObject();
    }

    /// <summary>What a Teams client sends when the card's refresh runs for <paramref name="viewer"/> in the channel.</summary>
    private async Task<JsonObject> RefreshAsync(TeamsUser viewer, Goal goal)
    {
        var value = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute", ["verb"] = CardVerbs.VisaMal, ["title"] = "Uppdatera",
                ["data"] = new JsonObject { ["goalId"] = goal.Id, ["delat"] = true },
            },
            ["trigger"] = "automatic",
        };
        return await CardOfAsync(_teams.InvokeNamed(viewer, "r-" + Guid.NewGuid().ToString("N")[..8], "adaptiveCard/action", value, Channel));
    }

    private Task<JsonObject> ExecuteAsync(TeamsUser user, string id, string verb, JsonObject data)
    {
        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        return CardOfAsync(_teams.InvokeNamed(user, id, "adaptiveCard/action", value, Channel));
    }

    private async Task<JsonObject> CardOfAsync(JsonObject activity)
    {
        var response = await _teams.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!.AsObject();
    }

    private static List<string> Titles(JsonObject result) =>
        [.. result["attachments"]!.AsArray().Select(a => (string)a!["preview"]!["content"]!["title"]!)];

    private static List<string?> RefreshUsers(JsonNode card) => [.. card["refresh"]!["userIds"]!.AsArray().Select(u => (string?)u)];

    private static JsonObject? FindOpenUrl(JsonNode card) =>
        card["actions"]?.AsArray().OfType<JsonObject>().FirstOrDefault(a => (string?)a["type"] == "Action.OpenUrl");

    private static JsonObject? FindAction(JsonNode? node, string verb) => node switch
    {
        JsonObject o when (string?)o["verb"] == verb && ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true => o,
        JsonObject o => o.Where(p => p.Key != "refresh").Select(p => FindAction(p.Value, verb)).FirstOrDefault(x => x is not null),
        JsonArray a => a.Select(n => FindAction(n, verb)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
