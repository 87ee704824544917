using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Client;
using StatusBot.Application;
using StatusBot.Application.Conversation;
using StatusBot.Application.Conversation.Answers;
using StatusBot.Hosting;
using StatusBot.Testing;

namespace StatusBot.Mcp.Tests.Support;

/// <summary>
/// The real app (BotHost) on Kestrel at 127.0.0.1 with a fresh SQLite store filled with the seed documents and the
/// test callers' responsibilities; with an identity provider it requires Entra tokens, without one it runs in
/// the loopback development mode.
/// </summary>
public sealed class McpTestHost : IAsyncDisposable
{
    public const string ClientId = "5c3c1a2e-8f4b-4a6d-9e21-7b0c9d4e6f13";
    public const string Audience = $"api://app-statusbot-test.example.net/{ClientId}";

    private readonly WebApplication _app;
    private readonly LoopbackIdentityProvider? _identity;

    private McpTestHost(WebApplication app, string baseUrl, LoopbackIdentityProvider? identity)
    {
        _app = app;
        BaseUrl = baseUrl;
        _identity = identity;
    }

    public string BaseUrl { get; }

    public Uri Endpoint => new($"{BaseUrl}/mcp");

    internal LoopbackIdentityProvider Identity => _identity ?? throw new InvalidOperationException("No identity provider in development mode.");

    public IServiceProvider Services => _app.Services;

    public static async Task<McpTestHost> StartAsync(bool requireTokens, IDictionary<string, string?>? settings = null)
    {
        var identity = requireTokens ? await LoopbackIdentityProvider.StartAsync() : null;
        var port = LoopbackPorts.Next();
        var store = Path.Combine(Directory.CreateTempSubdirectory("statusbot-mcp-").FullName, "statusbot.db");
        var app = BotHost.Build(["--urls", $"http://127.0.0.1:{port}"], store, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Configuration["Demo:Seeds"] = RepoPaths.Seeds;
            foreach (var (key, value) in TestCallers.Responsibilities()) builder.Configuration[key] = value;
            if (identity is null)
            {
                builder.Configuration["Mcp:Audience"] = "";
                builder.Configuration["Mcp:DevelopmentUserId"] = TestCallers.EnskedeChief;
            }
            else
            {
                builder.Configuration["Mcp:Audience"] = Audience;
                builder.Configuration["Mcp:ClientId"] = ClientId;
                builder.Configuration["Mcp:TenantId"] = LoopbackIdentityProvider.TenantId;
                builder.Configuration["Mcp:MetadataUrl"] = identity.MetadataUrl;
            }
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.Configuration[key] = value;
        });
        await BotHost.InitialiseAsync(app);
        await app.StartAsync();
        return new McpTestHost(app, $"http://127.0.0.1:{port}", identity);
    }

    /// <summary>An MCP client over Streamable HTTP, with a bearer token when one is given.</summary>
    public Task<McpClient> ConnectAsync(string? token = null)
    {
        var headers = token is null ? null : new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" };
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = Endpoint,
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = headers,
        });
        return McpClient.CreateAsync(transport);
    }

    /// <summary>A client signed in as <paramref name="objectId"/> with a valid token for the app.</summary>
    public Task<McpClient> ConnectAsAsync(string objectId) => ConnectAsync(Identity.Token(Audience, objectId));

    /// <summary>What the chat answers the same person for the same question.</summary>
    public Answer Chat(string objectId, string question) =>
        Services.GetRequiredService<ConversationService>().Answer(question, new Asker(objectId, $"{objectId[..8]}@example.com"));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_identity is not null) await _identity.DisposeAsync();
    }
}

/// <summary>One token-mode host for a test class.</summary>
public sealed class TokenHostFixture : IAsyncLifetime
{
    public McpTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await McpTestHost.StartAsync(requireTokens: true);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class TokenHostCollection : ICollectionFixture<TokenHostFixture>
{
    public const string Name = "MCP host with Entra tokens";
}
