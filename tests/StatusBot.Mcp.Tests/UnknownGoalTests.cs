using ModelContextProtocol.Client;
using StatusBot.Mcp.Tests.Support;

namespace StatusBot.Mcp.Tests;

/// <summary>Goals and arguments that do not exist get a clear Swedish message, flagged as an error where a goal was asked for.</summary>
[Collection(TokenHostCollection.Name)]
public sealed class UnknownGoalTests(TokenHostFixture fixture)
{
    [Fact]
    public async Task An_unknown_number_is_an_error_that_names_it_and_offers_the_nearest_goals()
    {
        await using var client = await fixture.Host.ConnectAsAsync(TestCallers.EnskedeChief);

        var result = await client.CallToolAsync("get_goal_status", new Dictionary<string, object?> { ["number"] = "3.6.9" });

        Assert.True(ToolJson.IsError(result));
        Assert.Contains("Det finns inget mål 3.6.9", ToolJson.Text(result));
        Assert.Equal("choice", ToolJson.Kind(result));
        Assert.Contains("3.6.1", ToolJson.Structured(result).GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("number").GetString()));
    }

    [Fact]
    public async Task An_unknown_id_is_an_error_in_Swedish()
    {
        await using var client = await fixture.Host.ConnectAsAsync(TestCallers.EnskedeChief);

        var result = await client.CallToolAsync("get_goal_status", new Dictionary<string, object?> { ["id"] = "finns-inte" });

        Assert.True(ToolJson.IsError(result));
        Assert.Contains("Det finns inget mål med id \"finns-inte\"", ToolJson.Text(result));
    }

    [Fact]
    public async Task An_indicator_name_the_goal_lacks_is_an_error_listing_the_ones_it_has()
    {
        await using var client = await fixture.Host.ConnectAsAsync(TestCallers.EnskedeChief);

        var result = await client.CallToolAsync("get_indicator", new Dictionary<string, object?> { ["number"] = "3.2", ["name"] = "solpaneler" });

        Assert.True(ToolJson.IsError(result));
        Assert.Contains("har ingen indikator som heter \"solpaneler\"", ToolJson.Text(result));
    }

    [Fact]
    public async Task A_goal_named_neither_by_number_nor_id_is_an_error()
    {
        await using var client = await fixture.Host.ConnectAsAsync(TestCallers.EnskedeChief);

        var result = await client.CallToolAsync("get_goal_status", new Dictionary<string, object?>());

        Assert.True(ToolJson.IsError(result));
        Assert.Contains("Ange målets nummer", ToolJson.Text(result));
    }

    [Fact]
    public async Task A_period_that_cannot_be_read_is_an_error_in_Swedish()
    {
        await using var client = await fixture.Host.ConnectAsAsync(TestCallers.EnskedeChief);

        var result = await client.CallToolAsync("list_not_reported", new Dictionary<string, object?> { ["organisation"] = "Enskede", ["period"] = "Q3" });

        Assert.True(ToolJson.IsError(result));
        Assert.Contains("Perioden \"Q3\" förstår jag inte", ToolJson.Text(result));
    }

    [Fact]
    public async Task An_unknown_organisation_is_named_with_the_ones_that_exist()
    {
        await using var client = await fixture.Host.ConnectAsAsync(TestCallers.EnskedeChief);

        var result = await client.CallToolAsync("list_goals", new Dictionary<string, object?> { ["organisation"] = "Atlantis" });

        Assert.Contains("Jag hittar ingen nämnd som heter \"Atlantis\"", ToolJson.Text(result));
    }
}
