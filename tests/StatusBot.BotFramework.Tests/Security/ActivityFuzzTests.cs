using StatusBot.Testing.Fuzzing;
using System.Diagnostics;
using System.Net;
using StatusBot.BotFramework.Tests.Infrastructure;
using static StatusBot.BotFramework.Tests.Security.SecurityFixture;

namespace StatusBot.BotFramework.Tests.Security;

/// <summary>
/// Random and mutated activities against the real endpoint (Kestrel, the library's DI registration, a handler that
/// reads every string like the app and replies): no 5xx and no request hanging. Fixed seeds make a failure
/// reproducible; the count and the wall time are bounded so the test stays cheap on a shared machine.
/// </summary>
public sealed class ActivityFuzzTests
{
    private const int RequestsPerSeed = 400;
    private static readonly TimeSpan PerRequestLimit = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan TimeBudgetPerSeed = TimeSpan.FromSeconds(45);
    private static readonly HttpStatusCode[] Acceptable =
        [HttpStatusCode.OK, HttpStatusCode.Accepted, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.RequestEntityTooLarge];

    [Theory]
    [InlineData(20261206)]
    [InlineData(12)]
    public async Task DevelopmentEndpointNeverAnswers5xxOrHangs(int seed)
    {
        await using var bot = await DevelopmentBot.StartAsync();
        var failures = await RunAsync(new ActivityFuzzer(seed, random => ProtocolActivities.Next(random, bot.ServiceUrl)), body => bot.Host.PostAsync(body), bot.Host.Logs);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task AuthenticatedEndpointNeverAnswers5xxOrHangs()
    {
        await using var idp = await FakeIdentityProvider.StartAsync(BotFrameworkIssuer);
        var key = idp.AddKey(["msteams"]);
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["AppId"] = AppId,
            ["OpenIdMetadataUrl"] = idp.MetadataUrl,
        });
        host.Handler.OnMessage = DevelopmentBot.ActLikeTheAppAsync; // replies fail: no connector credentials
        var token = FakeIdentityProvider.CreateToken(key, BotFrameworkIssuer, AppId, Activities.ServiceUrl);

        var failures = await RunAsync(new ActivityFuzzer(4711, random => ProtocolActivities.Next(random, Activities.ServiceUrl)), body => host.PostAsync(body, token), host.Logs);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Contains(host.Handler.Calls, c => true); // mutations kept enough activities valid to reach the handler
    }

    [Fact]
    public async Task HostileAuthorizationHeadersAreRejectedWithout5xxOrHang()
    {
        await using var idp = await FakeIdentityProvider.StartAsync(BotFrameworkIssuer);
        var key = idp.AddKey(["msteams"]);
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["AppId"] = AppId,
            ["TenantId"] = BotTenant,
            ["OpenIdMetadataUrl"] = idp.MetadataUrl,
            ["EntraOpenIdMetadataUrl"] = idp.MetadataUrl,
        });
        var tokens = new TokenFuzzer(1206, key, BotFrameworkIssuer, AppId, Activities.ServiceUrl);
        var body = System.Text.Encoding.UTF8.GetBytes(Activities.Message().ToJsonString());

        var failures = await RunAsync(() => body, _ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(body) };
            request.Headers.TryAddWithoutValidation("Authorization", tokens.Next());
            return host.Http.SendAsync(request);
        }, host.Logs);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static Task<List<string>> RunAsync(ActivityFuzzer fuzzer, Func<byte[], Task<HttpResponseMessage>> post, CapturingLoggerProvider logs) =>
        RunAsync(fuzzer.Next, post, logs);

    private static async Task<List<string>> RunAsync(Func<byte[]> nextBody, Func<byte[], Task<HttpResponseMessage>> post, CapturingLoggerProvider logs)
    {
        var failures = new List<string>();
        var budget = Stopwatch.StartNew();
        for (var i = 0; i < RequestsPerSeed && budget.Elapsed < TimeBudgetPerSeed && failures.Count < 5; i++)
        {
            var body = nextBody();
            try
            {
                using var response = await post(body).WaitAsync(PerRequestLimit);
                if (!Acceptable.Contains(response.StatusCode))
                    failures.Add($"#{i}: {(int)response.StatusCode} for {Describe(body)}\n  server: {LastError(logs)}");
            }
            catch (TimeoutException)
            {
                failures.Add($"#{i}: no answer within {PerRequestLimit} for {Describe(body)}");
            }
        }
        return failures;
    }

    private static string LastError(CapturingLoggerProvider logs) =>
        logs.Entries.LastOrDefault(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Text ?? "(no error logged)";

    private static string Describe(byte[] body) =>
        System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 400))).Replace("\n", "\\n", StringComparison.Ordinal);
}
