using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Testing.Logging;
using System.Net;
using Microsoft.Extensions.Logging;

namespace StatusBot.Tests.Hosting;

/// <summary>Logs carry ids, never what a user wrote, their name or their e-mail — at every level, in every category.</summary>
public sealed class LogPrivacyTests
{
    private const string UserId = "29:privacy-user-id";
    private const string UserName = "Agneta Ölund-Privat";
    private const string Email = "agneta.olund@stockholm.se";

    [Theory]
    [InlineData("hur går nämndmål 3.6.1 som Agneta Ölund-Privat frågade om?")]
    [InlineData("vilka mål har agneta.olund@stockholm.se ansvar för i Enskede?")]
    [InlineData("zzqx hemlig fras som inte matchar något mål alls")]
    public async Task A_question_leaves_no_text_name_or_email_in_the_logs(string question)
    {
        var logs = new CapturedLogs();
        await using var bot = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), new FakeConnector(), configure: b =>
        {
            // A rule for this provider beats appsettings.json's per-category levels: the capture sees Trace everywhere.
            b.Logging.SetMinimumLevel(LogLevel.Trace);
            b.Logging.AddFilter<CapturedLogs>(null, LogLevel.Trace);
            b.Logging.AddProvider(logs);
        });

        using var response = await bot.SendMessageAsync(question, UserId, UserName);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = logs.AllText;
        // The capture works: the turn was logged, by id.
        Assert.Contains(entries, e => e.Contains("Question answered") && e.Contains("00000000-0000-0000-0000-0000000000aa"));
        foreach (var secret in new[] { question, UserName, Email, "Agneta", "Ölund" })
            Assert.DoesNotContain(entries, e => e.Contains(secret, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("visaMal", "agneta.olund@stockholm.se")]
    [InlineData("agneta.olund@stockholm.se", "enskede/2023/3.6.1")]
    public async Task A_card_action_logs_its_goal_id_and_unknown_verb_by_length_and_hash_only(string verb, string goalId)
    {
        var logs = new CapturedLogs();
        await using var bot = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), new FakeConnector(), configure: b =>
        {
            b.Logging.SetMinimumLevel(LogLevel.Trace);
            b.Logging.AddFilter<CapturedLogs>(null, LogLevel.Trace);
            b.Logging.AddProvider(logs);
        });
        // Action.Submit from a client without Universal Actions: a message with a value and no text.
        var activity = new
        {
            type = "message", id = "act-privacy", timestamp = DateTimeOffset.UtcNow, serviceUrl = FakeConnector.ServiceUrl, channelId = "msteams",
            from = new { id = UserId, name = "Test", aadObjectId = "00000000-0000-0000-0000-0000000000aa" },
            recipient = new { id = "28:bot", name = "StatusBot" },
            conversation = new { id = "a:conv-privacy", conversationType = "personal", tenantId = "tenant-1" },
            channelData = new { tenant = new { id = "tenant-1" } },
            value = new { verb, goalId },
        };

        using var response = await bot.Http.PostAsJsonAsync("api/messages", activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = logs.AllText;
        Assert.Contains(entries, e => e.Contains("sha256:", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains(Email, StringComparison.OrdinalIgnoreCase) || e.Contains("enskede/2023", StringComparison.Ordinal));
    }

    [Fact]
    public void The_console_logger_writes_to_standard_error_so_standard_output_carries_only_answers()
    {
        var app = StatusBot.Hosting.BotHost.Build([], HostedBot.NewSqliteStore());
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>>().Value;
        Assert.Equal(LogLevel.Trace, options.LogToStandardErrorThreshold);
    }
}
