using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Faults;

/// <summary>
/// Reproduces: a flood of garbage at /api/messages (a broken client, a scanner, an attacker) — invalid JSON, deep
/// nesting, 10 MB bodies with and without a Content-Length, wrong content types, fields of the wrong type,
/// activities with nothing in them — making the app throw 500s, buffer whole bodies, leak memory or stop
/// answering real questions.
/// </summary>
public sealed class MalformedRequestFloodTests
{
    private static readonly TimeSpan RequestBound = TimeSpan.FromSeconds(10);
    private const int FloodSize = 2400;

    private sealed record Payload(string Name, Func<HttpContent> Content, HttpStatusCode[] Expected);

    private static readonly byte[] TenMegabytes = CreateTenMegabytes();

    private static byte[] CreateTenMegabytes()
    {
        var bytes = new byte[10 * 1024 * 1024];
        Array.Fill(bytes, (byte)'a');
        return bytes;
    }

    private static readonly HttpStatusCode[] BadRequest = [HttpStatusCode.BadRequest];
    private static readonly HttpStatusCode[] TooLarge = [HttpStatusCode.RequestEntityTooLarge];

    private static Payload[] Payloads(Random random) =>
    [
        new("random bytes", () => Bytes(RandomBytes(random, 2000), "application/json"), BadRequest),
        new("truncated json", () => Json("""{"type":"message","text":"hur går"""), BadRequest),
        new("json array", () => Json("[1,2,3]"), BadRequest),
        new("json null", () => Json("null"), BadRequest),
        new("empty object", () => Json("{}"), BadRequest),
        new("empty body", () => Json(""), BadRequest),
        new("type of wrong kind", () => Json("""{"type":5}"""), BadRequest),
        new("from of wrong kind", () => Json("""{"type":"message","from":5,"text":"hej"}"""), BadRequest),
        new("deep nesting", () => Json(new string('[', 100_000) + new string(']', 100_000)), BadRequest),
        new("deep nested objects", () => Json(string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000)), BadRequest),
        new("wrong content type", () => new StringContent("<xml>hej</xml>", Encoding.UTF8, "text/xml"), BadRequest),
        new("form post", () => new FormUrlEncodedContent([new("type", "message"), new("text", "hej")]), BadRequest),
        new("invalid utf-8", () => Bytes([.. "{\"type\":\"message\",\"text\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8], "application/json"), BadRequest),
        new("10 MB with length", () => Bytes(TenMegabytes, "application/json"), TooLarge),
        new("10 MB chunked", () => new StreamContent(new MemoryStream(TenMegabytes)) { Headers = { ContentType = new("application/json") } }, TooLarge),
        new("huge text field", () => Json($$"""{"type":"message","text":"{{new string('x', 300_000)}}"}"""), TooLarge),
    ];

    [Fact]
    public async Task Garbage_is_rejected_cheaply_without_memory_growth_and_real_questions_are_still_answered()
    {
        using var overall = new CancellationTokenSource(TimeSpan.FromSeconds(150));
        var connector = new FakeConnector();
        await using var bot = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), connector);
        var random = new Random(1125);
        var payloads = Payloads(random);

        // Warm up every path (JIT, pools) before measuring memory.
        foreach (var payload in payloads) await PostAndCheckAsync(bot, payload, overall.Token);
        var before = SettledMemory();

        var next = 0;
        var workers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) <= FloodSize)
                await PostAndCheckAsync(bot, payloads[i % payloads.Length], overall.Token);
        }));
        await Task.WhenAll(workers);

        var growth = SettledMemory() - before;
        // Every 10 MB body was refused without being kept: 150 of them would be 1.5 GB.
        Assert.True(growth < 64 * 1024 * 1024, $"managed memory grew by {growth / 1024 / 1024} MB over {FloodSize} requests");

        var replies = connector.Answered.Count;
        var answer = await bot.SendMessageAsync("hur går nämndmål 3.6.1?", ct: overall.Token);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True(connector.Answered.Count > replies, "a valid question after the flood got no reply");
    }

    [Fact]
    public async Task An_activity_with_nothing_but_a_type_never_gets_a_500()
    {
        // Reproduces: a message without from, conversation or serviceUrl reaching handlers that assume them (was a
        // 500 before the endpoint refused such activities with 400), and card actions with missing or mistyped data.
        using var overall = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var bot = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), new FakeConnector());
        const string Base = $$"""
            "serviceUrl":"{{FakeConnector.ServiceUrl}}","channelId":"msteams","from":{"id":"29:u"},
            "conversation":{"id":"a:c","conversationType":"personal","tenantId":"tenant-1"}
            """;
        foreach (var json in new[]
                 {
                     """{"type":"message"}""", """{"type":"message","text":"hur går nämndmål 3.6.1?"}""", """{"type":"invoke"}""",
                     "{" + Base + ""","type":"message"}""",
                     "{" + Base + ""","type":"message","from":{}}""",
                     "{" + Base + ""","type":"message","text":"","attachments":[{}],"entities":[{}]}""",
                     "{" + Base + ""","type":"message","value":{"verb":"skickaIn"}}""",
                     "{" + Base + ""","type":"invoke"}""",
                     "{" + Base + ""","type":"invoke","name":"adaptiveCard/action"}""",
                     "{" + Base + ""","type":"invoke","name":"adaptiveCard/action","value":"x"}""",
                     "{" + Base + ""","type":"invoke","name":"adaptiveCard/action","value":{"action":{"verb":"skickaIn","data":{}}}}""",
                     "{" + Base + ""","type":"invoke","name":"adaptiveCard/action","value":{"action":{"verb":"skickaIn","data":{"goalId":"x","period":"VB 9999","version":"a"}}}}""",
                     "{" + Base + ""","type":"invoke","name":"adaptiveCard/action","value":{"action":{"verb":"rapportera","data":{"goalId":5}}}}""",
                     "{" + Base + ""","type":"conversationUpdate","membersAdded":[{}]}""",
                     "{" + Base + ""","type":"installationUpdate","action":"add"}""",
                     "{" + Base + ""","type":"unknownType"}""",
                 })
        {
            var response = await Timed(() => bot.Http.PostAsync("api/messages", Json(json), overall.Token));
            Assert.True((int)response.StatusCode < 500, $"{json} got {(int)response.StatusCode}");
        }
    }

    private static async Task PostAndCheckAsync(HostedBot bot, Payload payload, CancellationToken ct)
    {
        using var response = await Timed(() => bot.Http.PostAsync("api/messages", payload.Content(), ct));
        Assert.True(payload.Expected.Contains(response.StatusCode), $"{payload.Name}: got {(int)response.StatusCode}");
    }

    private static long SettledMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async Task<T> Timed<T>(Func<Task<T>> request)
    {
        var task = request();
        if (await Task.WhenAny(task, Task.Delay(RequestBound)) != task)
            Assert.Fail($"A request took more than {RequestBound.TotalSeconds} s");
        return await task;
    }

    private static HttpContent Json(string text) => new StringContent(text, Encoding.UTF8, "application/json");

    private static HttpContent Bytes(byte[] bytes, string type) => new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(type) } };

    private static byte[] RandomBytes(Random random, int max)
    {
        byte[] bytes;
        lock (random)
        {
            bytes = new byte[1 + random.Next(max)];
            random.NextBytes(bytes);
        }
        return bytes;
    }
}
