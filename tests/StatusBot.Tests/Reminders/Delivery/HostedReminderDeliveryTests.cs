using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StatusBot.BotFramework.Hosting;
using StatusBot.Domain.Reminders;
using StatusBot.Domain.Store;
using StatusBot.Teams.Reminders;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Reminders.Delivery;

/// <summary>The whole app: a chief writes to the bot, the chat is remembered, and the hosted dispatcher delivers a reminder there.</summary>
public sealed class HostedReminderDeliveryTests
{
    private const string ChiefObjectId = "00000000-0000-0000-0000-0000000000aa"; // HostedBot.SendMessageAsync's sender

    [Fact]
    public async Task A_chat_seen_by_the_app_receives_the_reminder_the_background_dispatcher_sends()
    {
        var connector = new Hosting.FakeConnector();
        await using var bot = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), connector, new Dictionary<string, string?>
        {
            ["Reminders:Enabled"] = "true",
            ["Reminders:PollIntervalSeconds"] = "0.2",
        });
        Assert.IsType<StoreConversationReferenceSink>(bot.Services.GetRequiredService<IConversationReferenceSink>());
        Assert.Contains(bot.Services.GetServices<IHostedService>(), s => s is ReminderDispatcher);

        (await bot.SendMessageAsync("hjälp")).EnsureSuccessStatusCode();
        var references = bot.Services.GetRequiredService<IConversationReferenceStore>();
        var chat = await references.FindPersonalAsync(ChiefObjectId);
        Assert.NotNull(chat);
        Assert.Equal(Hosting.FakeConnector.ServiceUrl, chat.ServiceUrl);

        var outbox = bot.Services.GetRequiredService<IReminderOutbox>();
        var reminder = DeliveryRig.Reminder(1) with
        {
            Recipient = new ReminderRecipient("chef@stockholm.se", ChiefObjectId),
            DueAt = DateTimeOffset.UtcNow.AddMinutes(-1),
        };
        await outbox.EnqueueAsync([reminder]);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && Assert.Single(await outbox.ListAsync(reminder.Organisation, reminder.Period)).State != OutboxState.Sent)
            await Task.Delay(100);
        Assert.Equal(OutboxState.Sent, Assert.Single(await outbox.ListAsync(reminder.Organisation, reminder.Period)).State);
        Assert.Contains(connector.Answered, a => Uri.UnescapeDataString(a.Uri.AbsolutePath) == $"/v3/conversations/{chat.ConversationId}/activities");
    }

    [Fact]
    public async Task Without_Reminders_Enabled_no_dispatcher_runs_but_chats_are_still_remembered()
    {
        await using var bot = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), new Hosting.FakeConnector());
        Assert.DoesNotContain(bot.Services.GetServices<IHostedService>(), s => s is ReminderDispatcher);
        (await bot.SendMessageAsync("hjälp")).EnsureSuccessStatusCode();
        Assert.NotNull(await bot.Services.GetRequiredService<IConversationReferenceStore>().FindPersonalAsync(ChiefObjectId));
    }
}
