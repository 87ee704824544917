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
}
