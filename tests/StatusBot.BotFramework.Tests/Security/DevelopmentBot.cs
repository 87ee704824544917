using System.Text.Json;
using System.Text.Json.Nodes;
using StatusBot.BotFramework.Hosting;
using StatusBot.BotFramework.Tests.Infrastructure;

namespace StatusBot.BotFramework.Tests.Security;

/// <summary>
/// The endpoint in unauthenticated development mode (loopback caller, no app id) with a Connector stand-in, and a
/// handler that treats the activity the way the StatusBot app does: reads every string of a card submit's value,
/// the sender's name and the text without the mention, then replies through the Connector.
/// </summary>
internal sealed class DevelopmentBot : IAsyncDisposable
{
    private DevelopmentBot(BotTestHost host, FakeConnector connector)
    {
        Host = host;
        Connector = connector;
    }

    public BotTestHost Host { get; }
    public FakeConnector Connector { get; }
    public string ServiceUrl => Connector.BaseUrl + "/emea/";

    public static async Task<DevelopmentBot> StartAsync()
    {
        var connector = await FakeConnector.StartAsync();
        var host = await BotTestHost.StartAsync(new Dictionary<string, string?> { ["ConnectorRetryBaseDelayMilliseconds"] = "1" });
        host.Handler.OnMessage = ActLikeTheAppAsync;
        return new DevelopmentBot(host, connector);
    }

    /// <summary>A Teams-shaped message addressed to the Connector stand-in.</summary>
    public JsonObject Message(string text = "hej") => Activities.Message(text, serviceUrl: ServiceUrl);

    public static async Task ActLikeTheAppAsync(TurnContext turn)
    {
        _ = turn.TextWithoutMention.Normalize();
        _ = turn.Activity.From?.Name?.Normalize();
        if (turn.Activity.Value is { ValueKind: JsonValueKind.Object } value)
            foreach (var text in Strings(JsonNode.Parse(value.GetRawText())))
                _ = text.Normalize();
        await turn.ReplyAsync("ok");
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value).Append(p.Key)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
