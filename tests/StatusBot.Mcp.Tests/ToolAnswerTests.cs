using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using StatusBot.Application.Conversation.Answers;
using StatusBot.Mcp.Tests.Support;

namespace StatusBot.Mcp.Tests;

/// <summary>
/// Every tool called through the MCP C# client against the real host, and compared with what the chat answers
/// the same person for the same question.
/// </summary>
[Collection(TokenHostCollection.Name)]
public sealed class ToolAnswerTests(TokenHostFixture fixture)
{
    private McpTestHost Host => fixture.Host;

    private async Task<CallToolResult> CallAsync(string caller, string tool, Dictionary<string, object?> arguments)
    {
        await using var client = await Host.ConnectAsAsync(caller);
        return await client.CallToolAsync(tool, arguments);
    }

    [Fact]
    public async Task The_server_lists_exactly_the_six_read_tools()
    {
        await using var client = await Host.ConnectAsAsync(TestCallers.EnskedeChief);

        var tools = await client.ListToolsAsync();

        Assert.Equal(["get_goal_status", "get_indicator", "list_goals", "list_not_reported", "my_goals", "search_goals"],
            tools.Select(t => t.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.All(tools, t => Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint, $"{t.Name} must be read-only"));
    }

    [Fact]
    public async Task Goal_status_is_the_goal_the_chat_answers_with_its_assessment_and_source()
    {
        var chat = Assert.IsType<GoalAnswer>(Host.Chat(TestCallers.EnskedeChief, "hur går nämndmål 3.6.1 i Enskede?"));

        var result = await CallAsync(TestCallers.EnskedeChief, "get_goal_status", new() { ["number"] = "3.6.1", ["organisation"] = "Enskede" });

        Assert.False(ToolJson.IsError(result), ToolJson.Text(result));
        var goal = ToolJson.Structured(result).GetProperty("goal");
        Assert.Equal(chat.Goal.Id, goal.GetProperty("id").GetString());
        Assert.Equal("3.6.1", goal.GetProperty("number").GetString());
        Assert.Equal(chat.Scope?.ToString(), goal.GetProperty("period").GetString());
        Assert.Equal("Uppfylls helt", goal.GetProperty("assessment").GetProperty("bedomning").GetString());
        var source = goal.GetProperty("source");
        Assert.Equal(chat.Plan.Source, source.GetProperty("document").GetString());
        Assert.Equal("verksamhetsberättelse", source.GetProperty("documentKind").GetString());
        Assert.Equal(2023, source.GetProperty("year").GetInt32());
        Assert.Equal(chat.Goal.Indicators.Count, goal.GetProperty("indicators").GetArrayLength());
        Assert.Contains("Uppfylls helt", ToolJson.Text(result));
        Assert.Contains("Källa:", ToolJson.Text(result));
    }

    [Fact]
    public async Task Goal_status_by_id_is_the_same_goal_as_by_number()
    {
        var byNumber = ToolJson.Structured(await CallAsync(TestCallers.EnskedeChief, "get_goal_status", new() { ["number"] = "3.6.1" }));
        var id = byNumber.GetProperty("goal").GetProperty("id").GetString();

        var byId = await CallAsync(TestCallers.EnskedeChief, "get_goal_status", new() { ["id"] = id });

        Assert.Equal(id, ToolJson.Structured(byId).GetProperty("goal").GetProperty("id").GetString());
        Assert.Equal(byNumber.GetProperty("goal").GetProperty("title").GetString(),
            ToolJson.Structured(byId).GetProperty("goal").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Search_ranks_first_the_goal_the_chat_answers_for_the_same_words()
    {
        var chat = GoalOf(Host.Chat(TestCallers.EnskedeChief, "hur går det med feriejobben?"));

        var result = await CallAsync(TestCallers.EnskedeChief, "search_goals", new() { ["query"] = "hur går det med feriejobben?" });

        Assert.Equal("search", ToolJson.Kind(result));
        var hits = ToolJson.Structured(result).GetProperty("hits");
        Assert.Equal(chat.Goal.Id, hits[0].GetProperty("id").GetString());
        Assert.All(hits.EnumerateArray(), h => Assert.Equal(TestCallers.Enskede, h.GetProperty("organisation").GetString()));
        Assert.All(hits.EnumerateArray(), h => Assert.False(string.IsNullOrEmpty(h.GetProperty("source").GetProperty("document").GetString())));
    }

    [Fact]
    public async Task Listing_goals_by_assessment_gives_the_goals_the_chat_lists()
    {
        var chat = Assert.IsType<GoalListAnswer>(Host.Chat(TestCallers.EnskedeChief, "vilka nämndmål uppfylls delvis i Enskede 2023?"));

        var result = await CallAsync(TestCallers.EnskedeChief, "list_goals",
            new() { ["organisation"] = "Enskede", ["year"] = 2023, ["level"] = "nämndmål", ["assessment"] = "uppfylls delvis" });

        Assert.Equal("goals", ToolJson.Kind(result));
        Assert.Equal(chat.Goals.Select(g => g.Goal.Id), ToolJson.Ids(ToolJson.Structured(result).GetProperty("goals")));
        Assert.Equal(["1.2.1", "1.3.2", "2.4.1", "3.2.1"],
            ToolJson.Structured(result).GetProperty("goals").EnumerateArray().Select(g => g.GetProperty("number").GetString()!).Order().ToArray());
    }

    [Fact]
    public async Task Listing_goals_without_an_assessment_gives_every_namndmal_of_the_year()
    {
        var result = await CallAsync(TestCallers.HagerstenCoordinator, "list_goals", new() { ["organisation"] = "Hägersten-Älvsjö", ["year"] = 2024 });

        var goals = ToolJson.Structured(result).GetProperty("goals");
        Assert.True(goals.GetArrayLength() > 5, ToolJson.Text(result));
        Assert.All(goals.EnumerateArray(), g => Assert.Equal("namndmal", g.GetProperty("level").GetString()));
        Assert.All(goals.EnumerateArray(), g => Assert.Equal(TestCallers.Hagersten, g.GetProperty("organisation").GetString()));
    }

    [Fact]
    public async Task An_indicator_comes_with_target_and_outcome_of_the_goal_the_chat_shows()
    {
        var chat = GoalOf(Host.Chat(TestCallers.EnskedeChief, "hur går det med feriejobben?"));
        var expected = chat.Goal.Indicators.First(i => i.Name.Contains("feriejobb", StringComparison.OrdinalIgnoreCase));

        var result = await CallAsync(TestCallers.EnskedeChief, "get_indicator", new() { ["number"] = chat.Goal.Number, ["name"] = "feriejobb" });

        Assert.False(ToolJson.IsError(result), ToolJson.Text(result));
        var json = ToolJson.Structured(result);
        Assert.Equal(chat.Goal.Id, json.GetProperty("goal").GetProperty("id").GetString());
        var indicators = json.GetProperty("indicators").EnumerateArray().ToArray();
        Assert.All(indicators, i => Assert.Contains("feriejobb", i.GetProperty("name").GetString(), StringComparison.OrdinalIgnoreCase));
        var first = indicators.Single(i => i.GetProperty("id").GetString() == expected.Id);
        Assert.Equal(expected.Target.Display, first.GetProperty("target").GetString());
        Assert.Equal(expected.OutcomeFor(chat.Scope!.Value)?.Total?.Display,
            first.GetProperty("outcomes").EnumerateArray().Single().GetProperty("total").GetString());
    }

    [Fact]
    public async Task Not_reported_lists_the_same_people_and_goals_as_the_chat()
    {
        var chat = Assert.IsType<NotReportedAnswer>(Host.Chat(TestCallers.EnskedeChief, "vem har inte rapporterat VB 2023 i Enskede?"));

        var result = await CallAsync(TestCallers.EnskedeChief, "list_not_reported", new() { ["organisation"] = "Enskede", ["period"] = "VB 2023" });

        Assert.Equal("notReported", ToolJson.Kind(result));
        var json = ToolJson.Structured(result);
        Assert.Equal(chat.Heading, json.GetProperty("heading").GetString());
        Assert.Equal(chat.Groups.Select(g => g.Goals.Count), json.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("goals").GetArrayLength()));
        Assert.Equal(chat.Groups.Select(g => g.Person?.Upn),
            json.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("person").ValueKind == JsonValueKind.Null ? null : g.GetProperty("person").GetProperty("upn").GetString()));
    }

    [Fact]
    public async Task My_goals_are_the_goals_the_chat_calls_mine()
    {
        var chat = Assert.IsType<GoalListAnswer>(Host.Chat(TestCallers.EnskedeChief, "mina mål"));

        var result = await CallAsync(TestCallers.EnskedeChief, "my_goals", []);

        Assert.Equal(chat.Goals.Select(g => g.Goal.Id), ToolJson.Ids(ToolJson.Structured(result).GetProperty("goals")));
        Assert.Equal(["3.2.1", "3.6.1"], chat.Goals.Select(g => g.Goal.Number!).Order().ToArray());
    }

    /// <summary>The goal the chat answered about: its status, or one of its indicators (a question naming an indicator gets it).</summary>
    private static (StatusBot.Domain.Goals.Goal Goal, StatusBot.Domain.Plans.Plan Plan, StatusBot.Domain.Periods.ReportingPeriod? Scope) GoalOf(Answer answer) => answer switch
    {
        GoalAnswer g => (g.Goal, g.Plan, g.Scope),
        IndicatorAnswer i => (i.Goal, i.Plan, i.Scope),
        _ => throw new Xunit.Sdk.XunitException($"the chat answered {answer.GetType().Name}, not a goal or an indicator"),
    };
}
