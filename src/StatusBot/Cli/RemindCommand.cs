using System.CommandLine;
using StatusBot.Domain.Reminders;
using StatusBot.Domain.Store;
using StatusBot.Hosting;
using StatusBot.Application.Reminders;
using StatusBot.Domain.Periods;

namespace StatusBot.Cli;

/// <summary>
/// <c>remind --dry-run [--at TIME] [--calendar FILE] [--store S]</c>: prints which reminders the planner would put in
/// the outbox at a moment, and to whom, without writing anything. Sending itself is done by the running bot.
/// </summary>
internal static class RemindCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Visa vad som skulle skickas, utan att skicka eller spara något." };
        var at = new Option<string?>("--at") { Description = "Tidpunkt, t.ex. 2026-05-04T08:00 (svensk tid om ingen tidszon anges); standard nu." };
        var calendarFile = new Option<string?>("--calendar") { Description = "En kalenderfil (\"format\": \"statusbot-calendar\") i stället för konfigurationens kalendrar." };
        var store = CommonOptions.Store();
        var command = new Command("remind", "Påminnelser: visa vad som skulle skickas (--dry-run).") { dryRun, at, calendarFile, store };
        command.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(dryRun))
            {
                await output.WriteLineAsync("Påminnelser skickas av den körande boten (Reminders:Enabled). Använd --dry-run för att se vad som skulle skickas.");
                return ExitCodes.Ok;
            }
            var now = DateTimeOffset.UtcNow;
            if (parse.GetValue(at) is { } text && !StockholmTime.TryParse(text, out now))
            {
                await errors.WriteLineAsync($"Okänd tidpunkt: '{text}'. Skriv t.ex. 2026-05-04T08:00.");
                return ExitCodes.Usage;
            }
            var app = BotHost.Build([], parse.GetValue(store), b => b.Logging.ClearProviders());
            if (StoreOpener.MissingStoreMessage(app.Configuration["Store"]) is { } missing)
            {
                await errors.WriteLineAsync(missing);
                return ExitCodes.BadInput;
            }
            IReadOnlyList<ReportingCalendar> calendars;
            try
            {
                calendars = parse.GetValue(calendarFile) is { } file
                    ? ReportingCalendars.ReadFile(Path.GetFullPath(file))
                    : app.Services.GetRequiredService<IReadOnlyList<ReportingCalendar>>();
            }
            catch (FormatException ex)
            {
                await errors.WriteLineAsync(ex.Message);
                return ExitCodes.BadInput;
            }
            if (calendars.Count == 0)
            {
                await errors.WriteLineAsync("Ingen påminnelsekalender är konfigurerad (Reminders:Calendars eller Reminders:CalendarFile).");
                return ExitCodes.BadInput;
            }
            // The same start as the running bot: plans and the responsibilities imported with 'people import' included.
            await BotHost.InitialiseAsync(app, ct, seedDemo: false);
            var inputs = await app.Services.GetRequiredService<IReminderInputSource>().LoadAsync(ct);
            var managers = app.Services.GetRequiredService<IManagerDirectory>();
            var outbox = app.Services.GetService<IReminderOutbox>();
            await output.WriteLineAsync($"Påminnelser som skulle skickas {ReminderStepNames.Local(now)} (svensk tid):");
            var any = false;
            foreach (var calendar in calendars)
            {
                var due = inputs.Plan(now, calendar, managers);
                if (due.Count > 0 && outbox is not null && await outbox.IsPausedAsync(calendar.Organisation, ct))
                {
                    await output.WriteLineAsync($"{calendar.Organisation}: påminnelserna är pausade ({due.Count} skulle annars skickas).");
                    continue;
                }
                foreach (var message in due)
                {
                    any = true;
                    await WriteAsync(output, message, await AlreadyInOutboxAsync(outbox, message, ct));
                }
            }
            if (!any) await output.WriteLineAsync("Inga påminnelser är aktuella.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<OutboxItem?> AlreadyInOutboxAsync(IReminderOutbox? outbox, ReminderMessage message, CancellationToken ct) =>
        outbox is null ? null
        : (await outbox.ListAsync(message.Organisation, message.Period, ct)).FirstOrDefault(i => i.Message.IdempotencyKey == message.IdempotencyKey);

    private static async Task WriteAsync(TextWriter output, ReminderMessage m, OutboxItem? existing)
    {
        await output.WriteLineAsync();
        var state = existing is null ? "" : $" — finns redan i utkorgen ({existing.State})";
        await output.WriteLineAsync($"{m.Step.DisplayName()}, {m.Period.DisplayName}, {m.Organisation}{state}");
        await output.WriteLineAsync($"  Till: {m.Recipient.Upn}{(m.About is null ? "" : $" (chef för {m.About})")}");
        await output.WriteLineAsync($"  Skickas: {ReminderStepNames.Local(m.DueAt)}   Sista dag: {ReminderStepNames.Local(m.Deadline)}");
        foreach (var goal in m.Goals)
            await output.WriteLineAsync($"  - {(goal.Number is null ? "" : goal.Number + " ")}{goal.Title}{(goal.Responsible is null ? "" : $" (ansvarig: {goal.Responsible})")}");
    }
}
