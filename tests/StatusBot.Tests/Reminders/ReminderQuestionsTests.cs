using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Teams.Bot;
using StatusBot.AdaptiveCards.Rendering;
using StatusBot.Application.Conversation;
using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Responsibilities;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Domain.People;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Reminders;
using StatusBot.Domain.Store;
using StatusBot.Hosting;
using StatusBot.Application.Reminders;
using StatusBot.Tests.Cli;
using StatusBot.Tests.Support;
using StatusBot.Application;

namespace StatusBot.Tests.Reminders;

public class ReminderQuestionsTests
{
    private const string Organisation = "Testnämnden";
    private const string Coordinator = "samordnare@stockholm.se";
    private const string Chief = "anna@stockholm.se";
    private static readonly ReportingPeriod T2 = new(2026, PeriodKind.T2);

    private static readonly ConfiguredResponsibilityDirectory Directory = new(
    [
        new Responsibility(Organisation, 2026, null, new PersonRef(Coordinator), ResponsibilityRole.Coordinator),
        new Responsibility(Organisation, 2026, "3.6.1", new PersonRef(Chief), ResponsibilityRole.Ansvarig),
    ]);

    private static (ReminderQuestions Questions, InMemoryReminderOutbox Outbox) Create()
    {
        var outbox = new InMemoryReminderOutbox();
        return (new ReminderQuestions(new GoalOwnership(Directory), new FakeTimeProvider(new DateTimeOffset(2026, 9, 10, 10, 0, 0, TimeSpan.Zero)), outbox), outbox);
    }

    private static ReminderRequestAnswer Request(string text)
    {
        var answer = new ConversationServiceProbe().Answer(text);
        return Assert.IsType<ReminderRequestAnswer>(answer);
    }

    [Theory]
    [InlineData("påminnelser T2", Intent.Reminders)]
    [InlineData("visa påminnelserna för tertial 1 2025", Intent.Reminders)]
    [InlineData("pausa påminnelser", Intent.PauseReminders)]
    [InlineData("Pausa påminnelserna i Hägersten-Älvsjö", Intent.PauseReminders)]
    [InlineData("återuppta påminnelser", Intent.ResumeReminders)]
    [InlineData("aterupta paminnelserna", Intent.ResumeReminders)]
    public void The_parser_recognises_the_reminder_commands(string text, Intent intent) =>
        Assert.Equal(intent, QuestionParser.Parse(text).Intent);

    [Fact]
    public void The_parser_reads_period_and_organisation_of_a_reminder_command()
    {
        var q = QuestionParser.Parse("påminnelser T1 2025 i Hägersten-Älvsjö");
        Assert.Equal(new ReportingPeriod(2025, PeriodKind.T1), q.Period?.Period);
        Assert.Equal("Hägersten-Älvsjö", q.OrganisationHint);
        Assert.Equal(PeriodKind.T2, QuestionParser.Parse("påminnelser T2").Period?.Kind);
    }

    [Fact]
    public async Task A_coordinator_pauses_and_resumes_their_organisation()
    {
        var (questions, outbox) = Create();
        var paused = CardText.Render(ReminderCards.Render(await questions.AnswerAsync(Request("pausa påminnelser"), new Asker("id-1", Coordinator))));
        Assert.Contains("Påminnelserna är pausade", paused);
        Assert.Contains(Organisation, paused);
        Assert.True(await outbox.IsPausedAsync(Organisation));

        var resumed = CardText.Render(ReminderCards.Render(await questions.AnswerAsync(Request("återuppta påminnelser"), new Asker("id-1", Coordinator))));
        Assert.Contains("igång igen", resumed);
        Assert.False(await outbox.IsPausedAsync(Organisation));
    }

    [Fact]
    public async Task Others_are_politely_refused_and_nothing_changes()
    {
        var (questions, outbox) = Create();
        var card = CardText.Render(ReminderCards.Render(await questions.AnswerAsync(Request("pausa påminnelser"), new Asker("id-2", Chief))));
        Assert.Contains("Bara nämndens samordnare", card);
        Assert.False(await outbox.IsPausedAsync(Organisation));
        Assert.Contains("Bara nämndens samordnare", CardText.Render(ReminderCards.Render(await questions.AnswerAsync(Request("påminnelser T2"), new Asker("id-3", "okand@stockholm.se")))));
    }

    [Fact]
    public async Task The_list_shows_failed_pending_and_sent_reminders_of_the_period()
    {
        var (questions, outbox) = Create();
        ReminderMessage Message(string upn, ReminderStep step, ReportingPeriod period) =>
            new(ReminderMessage.KeyFor(upn, period, step), Organisation, period, step, new ReminderRecipient(upn, null), new DateTimeOffset(2026, 9, 7, 22, 0, 0, TimeSpan.Zero),
                [new OwedGoal("g1", "3.6.1", "Fler i arbete")]) { DueAt = new DateTimeOffset(2026, 8, 18, 6, 0, 0, TimeSpan.Zero) };
        await outbox.EnqueueAsync([
            Message(Chief, ReminderStep.Early, T2), Message("bo@stockholm.se", ReminderStep.Early, T2), Message("cia@stockholm.se", ReminderStep.Late, T2),
            Message(Chief, ReminderStep.Early, new(2026, PeriodKind.T1)),
        ]);
        await outbox.MarkSentAsync(1, "d");
        await outbox.MarkFailedAsync(2, "d", "Användaren har tagit bort appen", null, permanent: true);

        var text = CardText.Render(ReminderCards.Render(await questions.AnswerAsync(Request("påminnelser T2"), new Asker("id-1", Coordinator))));

        Assert.Contains($"Påminnelser T2 2026 – {Organisation}", text);
        Assert.Contains("1 skickade, 1 väntar, 1 misslyckade.", text);
        Assert.Contains("Första påminnelsen till bo@stockholm.se: 1 mål – gav upp efter 1 försök: Användaren har tagit bort appen", text);
        Assert.Contains("Andra påminnelsen till cia@stockholm.se: 1 mål – skickas 2026-08-18 08:00", text);
        Assert.Contains($"Första påminnelsen till {Chief}: 1 mål – skickad 2026-08-18 08:00", text);
    }

    [Fact]
    public async Task The_app_dispatches_the_questions_to_the_outbox()
    {
        // The demo configuration makes its Playground user coordinator of the Enskede nämnd.
        var outbox = new InMemoryReminderOutbox();
        var app = BotHost.Build([], CliRunner.TempStore(), b =>
        {
            b.Logging.ClearProviders();
            b.Services.AddSingleton<IReminderOutbox>(outbox);
        });
        var responder = app.Services.GetRequiredService<StatusBotResponder>();
        var card = CardText.Render(await responder.AskAsync("pausa påminnelser", new Asker("00000000-0000-0000-0000-0000000000020")));
        Assert.Contains("Påminnelserna är pausade", card);
        Assert.True(await outbox.IsPausedAsync("Enskede-Årsta-Vantörs stadsdelsnämnd"));
    }

    /// <summary>The conversation service's routing of the reminder intents, without plans.</summary>
    private sealed class ConversationServiceProbe
    {
        public Answer Answer(string text)
        {
            var q = QuestionParser.Parse(text);
            Assert.Contains(q.Intent, new[] { Intent.Reminders, Intent.PauseReminders, Intent.ResumeReminders });
            return new ReminderRequestAnswer(q.Intent, q.Period, q.OrganisationHint);
        }
    }
}
