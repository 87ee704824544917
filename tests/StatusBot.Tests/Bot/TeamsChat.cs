using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using StatusBot.Tests.EndToEnd;

namespace StatusBot.Tests.Bot;

/// <summary>A Teams user as the activities name them: Entra object id, display name, their chat with the bot.</summary>
public sealed record TeamsUser(string AadObjectId, string? Name = null, string ConversationId = "conv-1");

/// <summary>
/// The real app on Kestrel as Teams talks to it: activities POSTed to /api/messages, replies read from a fake
/// Connector. Shared by the endpoint tests so each says only what it sends and what it expects.
/// </summary>
public sealed class TeamsChat : IAsyncDisposable
{
    public const string Tenant = "tenant-1";
    public const string BotId = "bot-1";

    private readonly HttpClient _http = new();

    private TeamsChat(BotServer bot, FakeConnector connector) => (Bot, Connector) = (bot, connector);

    public BotServer Bot { get; }

    public FakeConnector Connector { get; }

    public static async Task<TeamsChat> StartAsync(IDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure = null)
    {
        var bot = await BotServer.StartAsync(settings, configure: configure);
        return new TeamsChat(bot, await FakeConnector.StartAsync());
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity) => _http.PostAsJsonAsync(Bot.Endpoint, activity);

    public Task<HttpResponseMessage> PostRawAsync(HttpContent content) => _http.PostAsync(Bot.Endpoint, content);

    /// <summary>A message in the user's personal chat with the bot; no text for an Action.Submit carrying only a value.</summary>
    public JsonObject Message(TeamsUser from, string id, string? text)
    {
        var activity = Activity(from, id, "message");
        if (text is not null) activity["text"] = text;
        return activity;
    }

    /// <summary>A Universal Action (Action.Execute) from a card: an <c>adaptiveCard/action</c> invoke.</summary>
    public JsonObject Invoke(TeamsUser from, string id, string verb, JsonObject data)
    {
        var activity = Activity(from, id, "invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        return activity;
    }

    /// <summary>
    /// Any invoke as Teams sends it (e.g. <c>composeExtension/query</c>), in a conversation of the given type
    /// ("personal", "groupChat" or "channel").
    /// </summary>
    public JsonObject InvokeNamed(TeamsUser from, string id, string name, JsonNode value, string conversationType = "personal")
    {
        var activity = Activity(from, id, "invoke", conversationType);
        activity["name"] = name;
        activity["value"] = value;
        return activity;
    }

    /// <summary>A message in a channel or group chat (the @mention already stripped from the text).</summary>
    public JsonObject MessageIn(string conversationType, TeamsUser from, string id, string text)
    {
        var activity = Activity(from, id, "message", conversationType);
        activity["text"] = text;
        return activity;
    }

    /// <summary>The card of the next reply the bot posts to the Connector.</summary>
    public async Task<JsonNode> NextReplyCardAsync()
    {
        var (_, reply) = await Connector.NextAsync(TimeSpan.FromSeconds(10));
        return reply["attachments"]![0]!["content"]!;
    }

    /// <summary>Sends a question and returns all the text of the card that answers it.</summary>
    public async Task<string> AskAsync(TeamsUser from, string text)
    {
        (await PostAsync(Message(from, "m-" + Guid.NewGuid().ToString("N")[..8], text))).EnsureSuccessStatusCode();
        return ConversationStream.AllText(await NextReplyCardAsync());
    }

    private JsonObject Activity(TeamsUser from, string id, string type, string conversationType = "personal") => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = Connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:" + from.AadObjectId, ["aadObjectId"] = from.AadObjectId, ["name"] = from.Name },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "StatusBot" },
        ["conversation"] = new JsonObject { ["id"] = from.ConversationId, ["conversationType"] = conversationType, ["tenantId"] = Tenant },
        ["locale"] = "sv-SE",
    };

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Connector.DisposeAsync();
        await Bot.DisposeAsync();
    }
}
