using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatusBot.Testing;

namespace StatusBot.Tests.EndToEnd;

/// <summary>
/// The Microsoft 365 Agents Playground (../shared/tools/playground) as a real process on loopback, pointed at a bot
/// endpoint. Drives it through its HTTP API and listens to its conversation stream for the bot's messages.
/// </summary>
public sealed class Playground : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private Playground(Process process, int port, string conversationId)
    {
        _process = process;
        Port = port;
        ConversationId = conversationId;
    }

    public int Port { get; }

    public string ConversationId { get; }

    public Uri BaseUri => new($"http://127.0.0.1:{Port}/");

    public string ServiceUrl => $"http://127.0.0.1:{Port}/_connector";

    public string Log { get { lock (_log) return _log.ToString(); } }

    /// <param name="fixedPort">A port to use instead of a free one (the shared machine's agreed range).</param>
    public static async Task<Playground> StartAsync(string botEndpoint, CancellationToken ct, int? fixedPort = null)
    {
        var port = fixedPort ?? FreePort();
        var conversationId = "e2e-" + Guid.NewGuid().ToString("N")[..8];
        var runDir = Directory.CreateTempSubdirectory("playground-run-").FullName;
        var psi = new ProcessStartInfo("bash", [Path.Combine(RepoPaths.Shared, "tools", "playground", "run-playground.sh"), botEndpoint, "msteams"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["PLAYGROUND_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        psi.Environment["CONVERSATION_ID"] = conversationId;
        psi.Environment["RUN_DIR"] = runDir;
        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start the playground");
        var playground = new Playground(process, port, conversationId);
        process.OutputDataReceived += (_, e) => playground.Append(e.Data);
        process.ErrorDataReceived += (_, e) => playground.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await playground.WaitUntilUpAsync(ct);
        return playground;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private async Task WaitUntilUpAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(4); // the first start installs its npm package
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException("The playground exited:\n" + Log);
            try
            {
                if (await http.GetStringAsync("_debug/ping", ct) == "pong") return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(250, ct);
        }
        throw new TimeoutException("The playground did not answer /_debug/ping:\n" + Log);
    }

    /// <summary>Opens the conversation stream; messages the playground shows arrive on it.</summary>
    public async Task<ConversationStream> OpenStreamAsync(CancellationToken ct)
    {
        var ws = new ClientWebSocket();
        await ws.ConnectAsync(new Uri($"ws://127.0.0.1:{Port}/_ws_conversation/v1/conversations/stream"), ct);
        return new ConversationStream(ws);
    }

    /// <summary>Types a message into the personal chat as the default user.</summary>
    public async Task SendMessageAsync(string text, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseUri };
        var response = await http.PostAsJsonAsync($"_conversation/v1/conversations/{ConversationId}/messages",
            new { from = new { id = "user-id-0" }, text, textFormat = "plain" }, ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Posts a message in a team channel that @mentions the bot (the playground forwards channel messages only then);
    /// returns the id of the thread the bot answers in ("channel;messageid=…").
    /// </summary>
    public async Task<string> SendChannelMessageAsync(string channelId, string text, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseUri };
        var config = JsonNode.Parse(await http.GetStringAsync("_internal/v1/config", ct))!["config"]!;
        var bot = config["bot"]!;
        var mention = $"<at>{bot["name"]}</at>";
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = "user-id-0" },
            ["text"] = $"{mention} {text}",
            ["textFormat"] = "plain",
            ["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = bot.DeepClone(), ["text"] = mention }),
        };
        var response = await http.PostAsJsonAsync($"_conversation/v1/conversations/{channelId}/messages", body, ct);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!["postConversationId"]!.GetValue<string>();
    }

    /// <summary>
    /// An <c>adaptiveCard/action</c> invoke from another user or conversation than the personal chat's: a card's
    /// refresh (<paramref name="trigger"/> "automatic") or a button; returns the response body.
    /// </summary>
    public async Task<JsonNode?> InvokeAsAsync(string userId, string conversationId, JsonObject action, string replyToId, string trigger, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseUri };
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject { ["action"] = action, ["trigger"] = trigger },
            ["from"] = new JsonObject { ["id"] = userId },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = replyToId,
        };
        var response = await http.PostAsJsonAsync("_conversation/v1/invoke", body, ct);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>Sends an Action.Execute invoke as the playground would for a card button; returns its response body.</summary>
    public async Task<JsonNode?> InvokeAsync(JsonObject action, string replyToId, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseUri };
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject { ["action"] = action },
            ["from"] = new JsonObject { ["id"] = "user-id-0" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["replyToId"] = replyToId,
        };
        var response = await http.PostAsJsonAsync("_conversation/v1/invoke", body, ct);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(ct));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The playground's conversation stream: one JSON object per WebSocket message.</summary>
public sealed class ConversationStream(ClientWebSocket socket) : IAsyncDisposable
{
    /// <summary>Waits for a message (created or updated) that satisfies <paramref name="match"/>.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, TimeSpan timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        var buffer = new byte[1 << 16];
        var seen = new List<string>();
        try
        {
            while (true)
            {
                using var frame = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cts.Token);
                    frame.Write(buffer, 0, result.Count);
                } while (!result.EndOfMessage);
                var text = Encoding.UTF8.GetString(frame.ToArray());
                seen.Add(text.Length > 300 ? text[..300] : text);
                if (JsonNode.Parse(text) is JsonObject item && item["message"] is JsonObject message && match(message)) return message;
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException("No matching message within " + timeout + ". Seen:\n" + string.Join("\n", seen));
        }
    }

    public async ValueTask DisposeAsync()
    {
        try { await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None); }
        catch (WebSocketException) { }
        socket.Dispose();
    }

    public static bool IsFromBot(JsonObject message) =>
        message["from"]?["id"]?.GetValue<string>() is { } id && id != "user-id-0";

    /// <summary>The Adaptive Card content of the first attachment, or null.</summary>
    public static JsonObject? CardOf(JsonObject message) =>
        (message["attachments"] as JsonArray)?.OfType<JsonObject>()
            .FirstOrDefault(a => a["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"] switch
        {
            JsonObject card => card,
            JsonValue v when v.TryGetValue<string>(out var s) => JsonNode.Parse(s) as JsonObject,
            _ => null,
        };

    public static string AllText(JsonNode? node) => node switch
    {
        JsonObject o => string.Join(" ", o.Select(p => AllText(p.Value))),
        JsonArray a => string.Join(" ", a.Select(AllText)),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => "",
    };
}
