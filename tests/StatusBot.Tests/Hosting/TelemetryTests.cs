using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;
using StatusBot.Telemetry;
using StatusBot.Teams.Telemetry;

namespace StatusBot.Tests.Hosting;

/// <summary>The "StatusBot" instruments, fed by real requests through /api/messages and the connector pipeline.</summary>
public sealed class TelemetryTests
{
    private const string Question = "hur går nämndmål 3.6.1?";

    [Fact]
    public async Task A_question_through_the_endpoint_counts_a_question_a_reply_and_the_connector_call()
    {
        var connector = new FakeConnector();
        await using var bot = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), connector);
        using var recorder = new InstrumentRecorder(bot.Services.GetRequiredService<IMeterFactory>());

        using var response = await bot.SendMessageAsync(Question);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var question = Assert.Single(recorder.Of("statusbot.questions"));
        Assert.Equal(1, question.Value);
        Assert.Equal("GoalAnswer", question.Tags["answer.kind"]);
        var reply = Assert.Single(recorder.Of("statusbot.replies"));
        Assert.Equal("connector", reply.Tags["reply.channel"]);
        var call = Assert.Single(recorder.Of("statusbot.connector.duration"));
        Assert.Equal("reply_to_activity", call.Tags["connector.operation"]);
        Assert.Equal(200, call.Tags["http.response.status_code"]);
        Assert.True(call.Value > 0);
        Assert.Empty(recorder.Of("statusbot.connector.throttled"));
        Assert.Single(connector.Answered);
    }

    [Fact]
    public async Task A_connector_answering_429_is_counted_as_throttled_and_the_retry_still_delivers()
    {
        var connector = new FakeConnector().Then(HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests);
        await using var bot = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), connector);
        using var recorder = new InstrumentRecorder(bot.Services.GetRequiredService<IMeterFactory>());

        using var response = await bot.SendMessageAsync(Question);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, recorder.Sum("statusbot.connector.throttled"));
        Assert.All(recorder.Of("statusbot.connector.throttled"), m => Assert.Equal("reply_to_activity", m.Tags["connector.operation"]));
        Assert.Equal([429, 429, 200], recorder.Of("statusbot.connector.duration").Select(m => (int)m.Tags["http.response.status_code"]!));
        Assert.Equal(1, recorder.Sum("statusbot.replies"));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], connector.Answered.Select(a => a.Status));
    }

    [Fact]
    public async Task The_answer_is_traced_on_the_StatusBot_source_with_its_kind()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == StatusBotTelemetry.Name,
            Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (spans) spans.Add(a); },
        };
        ActivitySource.AddActivityListener(listener);
        await using var bot = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), new FakeConnector());

        using var response = await bot.SendMessageAsync(Question);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        lock (spans)
            Assert.Contains(spans, s => s.OperationName == "statusbot.answer" && (string?)s.GetTagItem("answer.kind") == "GoalAnswer");
    }

    [Fact]
    public async Task Azure_Monitor_export_is_on_only_with_a_connection_string()
    {
        const string connectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=http://127.0.0.1:9/";
        await using (var plain = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), settings: HealthEndpointTests.NoDemo))
        {
            Assert.NotNull(plain.Services.GetService<TracerProvider>());
            Assert.Empty(plain.Services.GetServices<IConfigureOptions<AzureMonitorOptions>>());
        }

        await using var exporting = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), settings: new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "false",
            [TelemetryServiceCollectionExtensions.ConnectionStringKey] = connectionString,
        });
        Assert.NotNull(exporting.Services.GetService<TracerProvider>());
        Assert.Equal(connectionString, exporting.Services.GetRequiredService<IOptionsMonitor<AzureMonitorOptions>>().Get(Options.DefaultName).ConnectionString);
    }

    [Theory]
    [InlineData("POST", "https://smba.trafficmanager.net/emea/v3/conversations", "create_conversation")]
    [InlineData("POST", "https://smba.trafficmanager.net/emea/v3/conversations/a%3A1/activities", "send_to_conversation")]
    [InlineData("POST", "https://smba.trafficmanager.net/emea/v3/conversations/a%3A1/activities/42", "reply_to_activity")]
    [InlineData("PUT", "https://smba.trafficmanager.net/emea/v3/conversations/a%3A1/activities/42", "update_activity")]
    [InlineData("DELETE", "https://smba.trafficmanager.net/emea/v3/conversations/a%3A1/activities/42", "delete_activity")]
    [InlineData("GET", "https://smba.trafficmanager.net/emea/v3/conversations/a%3A1/members", "other")]
    [InlineData("POST", "https://example.test/health", "other")]
    public void Connector_operations_are_named_by_route_never_by_id(string method, string url, string expected) =>
        Assert.Equal(expected, ConnectorOperation.Of(new HttpMethod(method), new Uri(url)));
}
