using System.Net;
using System.Net.Http.Headers;
using ModelContextProtocol.Client;
using StatusBot.Mcp.Tests.Support;

namespace StatusBot.Mcp.Tests;

/// <summary>
/// Only a valid Entra token for the app's id URI gets in, and a caller reads only organisations they have a role
/// in (Ansvarig, delegate or coordinator), whatever the tool.
/// </summary>
[Collection(TokenHostCollection.Name)]
public sealed class AuthorisationTests(TokenHostFixture fixture)
{
    private McpTestHost Host => fixture.Host;

    [Fact]
    public async Task A_request_without_a_token_is_401_with_a_bearer_challenge()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Host.Endpoint)
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task The_mcp_client_without_a_token_cannot_connect() =>
        await Assert.ThrowsAnyAsync<Exception>(async () => await (await Host.ConnectAsync()).DisposeAsync());

    [Fact]
    public async Task A_token_for_another_audience_is_refused() =>
        await AssertRefusedAsync(Host.Identity.Token("api://someone-else.example.net/00000000-1111-2222-3333-444444444444", TestCallers.EnskedeChief));

    [Fact]
    public async Task A_token_signed_with_an_unpublished_key_is_refused() =>
        await AssertRefusedAsync(Host.Identity.Token(McpTestHost.Audience, TestCallers.EnskedeChief, key: Host.Identity.Stranger));

    [Fact]
    public async Task An_expired_token_is_refused() =>
        await AssertRefusedAsync(Host.Identity.Token(McpTestHost.Audience, TestCallers.EnskedeChief, expires: DateTime.UtcNow.AddMinutes(-6)));

    [Fact]
    public async Task A_token_from_another_issuer_is_refused() =>
        await AssertRefusedAsync(Host.Identity.Token(McpTestHost.Audience, TestCallers.EnskedeChief, issuer: "https://login.microsoftonline.com/other-tenant/v2.0"));

    [Fact]
    public async Task An_app_only_token_which_speaks_for_no_person_is_refused() =>
        await AssertRefusedAsync(Host.Identity.Token(McpTestHost.Audience, TestCallers.EnskedeChief, delegated: false));

    [Fact]
    public async Task The_client_id_is_accepted_as_audience_as_in_Entra_v2_tokens()
    {
        await using var client = await Host.ConnectAsync(Host.Identity.Token(McpTestHost.ClientId, TestCallers.EnskedeChief));

        var result = await client.CallToolAsync("my_goals", new Dictionary<string, object?>());

        Assert.False(ToolJson.IsError(result), ToolJson.Text(result));
    }

    [Theory]
    [InlineData("search_goals", "query", "trygghet")]
    [InlineData("get_goal_status", "number", "3.6.1")]
    [InlineData("list_goals", "organisation", "Enskede")]
    [InlineData("get_indicator", "number", "3.6.1")]
    [InlineData("my_goals", null, null)]
    public async Task A_caller_without_any_role_gets_no_goal_from_any_tool(string tool, string? argument, string? value)
    {
        await using var client = await Host.ConnectAsAsync(TestCallers.Outsider);
        var arguments = new Dictionary<string, object?>();
        if (argument is not null) arguments[argument] = value;

        var result = await client.CallToolAsync(tool, arguments);

        Assert.DoesNotContain("\"goal\"", result.StructuredContent?.GetRawText() ?? "");
        Assert.DoesNotContain("\"hits\"", result.StructuredContent?.GetRawText() ?? "");
        Assert.Matches("(ingen roll|inte som ansvarig)", ToolJson.Text(result));
    }

    [Fact]
    public async Task Not_reported_is_refused_for_an_organisation_the_caller_has_no_role_in()
    {
        await using var client = await Host.ConnectAsAsync(TestCallers.HagerstenCoordinator);

        var result = await client.CallToolAsync("list_not_reported", new Dictionary<string, object?> { ["organisation"] = "Enskede", ["period"] = "VB 2023" });

        Assert.True(ToolJson.IsError(result));
        Assert.Equal("refused", ToolJson.Kind(result));
        Assert.Contains($"Du har ingen roll (ansvarig, delegat eller samordnare) i {TestCallers.Enskede}", ToolJson.Text(result));
    }

    [Fact]
    public async Task A_goal_id_from_an_organisation_without_a_role_is_refused()
    {
        var enskedeGoal = ToolJson.Structured(await CallAsync(TestCallers.EnskedeChief, "get_goal_status", new() { ["number"] = "3.6.1" }))
            .GetProperty("goal").GetProperty("id").GetString();

        var result = await CallAsync(TestCallers.HagerstenCoordinator, "get_goal_status", new() { ["id"] = enskedeGoal });

        Assert.True(ToolJson.IsError(result));
        Assert.Equal("refused", ToolJson.Kind(result));
    }

    [Fact]
    public async Task Without_a_named_organisation_a_caller_reads_only_their_own()
    {
        var status = await CallAsync(TestCallers.HagerstenCoordinator, "get_goal_status", new() { ["number"] = "3.6.1" });
        var search = await CallAsync(TestCallers.HagerstenCoordinator, "search_goals", new() { ["query"] = "trygghet" });

        Assert.Equal(TestCallers.Hagersten, ToolJson.Structured(status).GetProperty("goal").GetProperty("organisation").GetString());
        var hits = ToolJson.Structured(search).GetProperty("hits");
        Assert.NotEqual(0, hits.GetArrayLength());
        Assert.All(hits.EnumerateArray(), h => Assert.Equal(TestCallers.Hagersten, h.GetProperty("organisation").GetString()));
    }

    private async Task<ModelContextProtocol.Protocol.CallToolResult> CallAsync(string caller, string tool, Dictionary<string, object?> arguments)
    {
        await using var client = await Host.ConnectAsAsync(caller);
        return await client.CallToolAsync(tool, arguments);
    }

    private async Task AssertRefusedAsync(string token)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Host.Endpoint)
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Assert.ThrowsAnyAsync<Exception>(async () => await (await Host.ConnectAsync(token)).DisposeAsync());
    }
}
