using Microsoft.Extensions.DependencyInjection;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Reminders;
using StatusBot.Domain.Store;
using StatusBot.Tests.Bot;
using StatusBot.Tests.EndToEnd;

namespace StatusBot.Tests.Reminders;

/// <summary>
/// Coordinators steer reminders from Teams against the real outbox in the store: "pausa påminnelser",
/// "återuppta påminnelser" and "påminnelser VB 2023"; anyone else is politely refused and changes nothing.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ReminderControlEndpointTests : IAsyncLifetime
{
    private const string Coordinator = "00000000-0000-0000-0000-0000000000020"; // the demo's coordinator (Alex Wilber)
    private const string Enskede = "Enskede-Årsta-Vantörs stadsdelsnämnd";
    private TeamsChat _teams = null!;

    public async Task InitializeAsync() => _teams = await TeamsChat.StartAsync(DemoSettings.Enskede);

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Fact]
    public async Task A_coordinator_pauses_and_resumes_and_sees_the_outbox()
    {
        var outbox = _teams.Bot.Services.GetRequiredService<IReminderOutbox>();
        var period = new ReportingPeriod(2023, PeriodKind.VB);
        await outbox.EnqueueAsync([new ReminderMessage(ReminderMessage.KeyFor("chef@example.se", period, ReminderStep.Late), Enskede, period,
            ReminderStep.Late, new ReminderRecipient("chef@example.se", "aad-chef", "Anna Chef"), DateTimeOffset.Parse("2024-01-26T08:00:00+01:00"),
            [new OwedGoal("g", "3.6.1", "Stadsdelsområdet är tryggt, tillgängligt och välskött")])
        { DueAt = DateTimeOffset.Parse("2024-01-23T08:00:00+01:00") }]);

        var paused = await AskAsync(Coordinator, "pausa påminnelser");
        Assert.Contains("pausade", paused, StringComparison.OrdinalIgnoreCase);
        Assert.True(await outbox.IsPausedAsync(Enskede));

        var listing = await AskAsync(Coordinator, "påminnelser VB 2023");
        Assert.Contains("Anna Chef", listing);

        var resumed = await AskAsync(Coordinator, "återuppta påminnelser");
        Assert.Contains("igång igen", resumed);
        Assert.False(await outbox.IsPausedAsync(Enskede));
    }

    [Fact]
    public async Task Someone_who_is_not_a_coordinator_is_refused_and_nothing_changes()
    {
        var outbox = _teams.Bot.Services.GetRequiredService<IReminderOutbox>();

        var answer = await AskAsync("11111111-1111-1111-1111-111111111111", "pausa påminnelser");

        Assert.Contains("samordnare", answer);
        Assert.False(await outbox.IsPausedAsync(Enskede));
    }

    private Task<string> AskAsync(string aadObjectId, string text) =>
        _teams.AskAsync(new TeamsUser(aadObjectId, ConversationId: "conv-" + aadObjectId), text);
}
