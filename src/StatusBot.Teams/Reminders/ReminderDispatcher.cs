using Microsoft.Extensions.Options;
using Polly.Timeout;
using StatusBot.BotFramework;
using StatusBot.BotFramework.Connector;
using StatusBot.BotFramework.Schema;
using StatusBot.Teams.Cards;
using StatusBot.AdaptiveCards.Model.Serialization;
using StatusBot.Domain.Store;
using StatusBot.Teams.Telemetry;

namespace StatusBot.Teams.Reminders;

/// <summary>
/// Sends what the outbox holds: claims a batch under a lease, reaches each person in their 1:1 chat (installing the
/// app and opening the chat first for someone the bot never talked to), sends the reminder card and records the result.
/// Any number of instances can run on one store; see docs/reminders.md ("Delivery") for why at most one duplicate
/// can reach a person after a crash.
/// </summary>
public sealed class ReminderDispatcher : BackgroundService
{
    private readonly IReminderOutbox _outbox;
    private readonly IConversationReferenceStore _references;
    private readonly IConnectorClient _connector;
    private readonly IAppInstaller? _installer;
    private readonly ReminderDeliveryOptions _options;
    private readonly BotOptions _bot;
    private readonly StatusBotTelemetry? _telemetry;
    private readonly TimeProvider _clock;
    private readonly ILogger<ReminderDispatcher> _logger;

    public ReminderDispatcher(IReminderOutbox outbox, IConversationReferenceStore references, IConnectorClient connector,
        IOptions<ReminderDeliveryOptions> options, IOptions<BotOptions> bot, TimeProvider clock, ILogger<ReminderDispatcher> logger,
        IAppInstaller? installer = null, StatusBotTelemetry? telemetry = null, string? dispatcherId = null)
    {
        _outbox = outbox;
        _references = references;
        _connector = connector;
        _installer = installer;
        _options = options.Value;
        _bot = bot.Value;
        _telemetry = telemetry;
        _clock = clock;
        _logger = logger;
        DispatcherId = dispatcherId ?? $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    }

    /// <summary>Names this dispatcher's leases: machine, process and a fresh guid, so a restarted process is a new holder.</summary>
    public string DispatcherId { get; }

    /// <summary>Claims one batch and delivers it; returns how many messages it handled (0: nothing was due).</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var batch = await _outbox.ClaimAsync(DispatcherId, Math.Max(1, _options.BatchSize), TimeSpan.FromSeconds(_options.LeaseSeconds), ct);
        if (batch.Count == 0) return 0;
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelSends), CancellationToken = ct },
            async (item, token) => await DeliverAsync(item, token));
        return batch.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _logger.LogInformation("Reminder dispatcher {DispatcherId} started", DispatcherId);
        while (!stoppingToken.IsCancellationRequested)
        {
            int handled;
            try
            {
                handled = await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Claimed but unfinished messages come back when the lease runs out.
                return;
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Reminder dispatcher {DispatcherId}: the outbox could not be read; trying again later", DispatcherId);
                handled = 0;
            }
            // A full batch suggests more is waiting: claim again at once.
            if (handled >= _options.BatchSize) continue;
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(_options.PollIntervalSeconds), _clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task DeliverAsync(OutboxItem item, CancellationToken ct)
    {
        var outcome = await TrySendAsync(item, ct);
        try
        {
            if (outcome is null)
            {
                await _outbox.MarkSentAsync(item.Id, DispatcherId, ct);
                _telemetry?.RemindersSent.Add(1, Step(item));
                return;
            }
            var (error, permanent, retryAfter) = outcome.Value;
            var giveUp = permanent || item.Attempts >= _options.MaxAttempts;
            DateTimeOffset? retryAt = giveUp ? null : _clock.GetUtcNow() + ReminderBackoff.Delay(item.Attempts, retryAfter, _options, Random.Shared.NextDouble());
            await _outbox.MarkFailedAsync(item.Id, DispatcherId, error, retryAt, permanent, ct);
            _telemetry?.RemindersFailed.Add(1, Step(item), new KeyValuePair<string, object?>("reminder.given_up", giveUp));
            if (giveUp)
                _logger.LogWarning("Reminder {Id} ({Step}, {Period}) to {Upn} given up after {Attempts} attempts: {Error}",
                    item.Id, item.Message.Step, item.Message.Period, item.Message.Recipient.Upn, item.Attempts, error);
        }
        catch (OutboxLeaseLostException)
        {
            // We took longer than the lease and another dispatcher has the message: it may now be sent twice.
            _logger.LogWarning("Reminder {Id}: lease lost before its result was recorded; another dispatcher has it", item.Id);
        }
    }

    /// <summary>Null when the connector accepted the reminder; otherwise why not, and whether trying again can help.</summary>
    private async Task<(string Error, bool Permanent, TimeSpan? RetryAfter)?> TrySendAsync(OutboxItem item, CancellationToken ct)
    {
        var recipient = item.Message.Recipient;
        if (string.IsNullOrWhiteSpace(recipient.AadObjectId))
            return ($"{recipient.Upn} saknar Entra-id: personen kunde inte slås upp.", true, null);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.SendTimeoutSeconds));
        try
        {
            var reference = await _references.FindPersonalAsync(recipient.AadObjectId, ct);
            if (reference?.UnreachableReason is { } unreachable)
                return ($"Kan inte nås: {unreachable}", true, null);
            if (reference is null)
            {
                (reference, var why) = await OpenConversationAsync(recipient.AadObjectId, timeout.Token);
                if (reference is null) return (why!, true, null);
            }

            var card = ReminderCard.Build(item.Message);
            var activity = Activity.CreateMessage();
            activity.Summary = ReminderCard.Heading(item.Message);
            activity.Attachments = [Attachment.AdaptiveCard(CardJson.ToUtf8(card))];
            await _connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, activity, timeout.Token);
            return null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // Our own time limit: the message may still have arrived, so a retry may duplicate it (documented).
            return ($"Tidsgränsen ({_options.SendTimeoutSeconds} s) överskreds.", false, null);
        }
        catch (TimeoutRejectedException)
        {
            return ("Tidsgränsen mot Bot Connector överskreds.", false, null);
        }
        catch (ConnectorException e) when (e.StatusCode == ConnectorException.NoAnswer)
        {
            return ($"Bot Connector kunde inte nås: {e.InnerException?.Message ?? e.Message}", false, null);
        }
        catch (ConnectorException e) when (e.StatusCode is 403 or 404)
        {
            // Teams: the bot is not installed for the user any more, or the conversation is gone.
            return (await UnreachableAsync(recipient.AadObjectId, $"Bot Connector svarade HTTP {e.StatusCode}: appen är borttagen eller konversationen finns inte.", ct), true, null);
        }
        // 401 after the client's forced token refresh is our configuration, which an operator can fix: worth retrying.
        catch (ConnectorException e) when (e.IsTransient || e.StatusCode is >= 500 or 401 or 408)
        {
            return ($"Bot Connector svarade HTTP {e.StatusCode}.", false, e.RetryAfter);
        }
        catch (ConnectorException e)
        {
            return ($"Bot Connector svarade HTTP {e.StatusCode}: {e.ErrorBody}", true, null);
        }
        catch (UntrustedServiceUrlException e)
        {
            return ($"Tjänsteadressen är inte betrodd: {e.Message}", true, null);
        }
    }

    /// <summary>For someone the bot never talked to: install the app through Graph, then open the 1:1 chat and remember it.</summary>
    private async Task<(StoredConversationReference? Reference, string? Why)> OpenConversationAsync(string aadObjectId, CancellationToken ct)
    {
        if (_installer is null || string.IsNullOrWhiteSpace(_options.ServiceUrl) || string.IsNullOrWhiteSpace(_bot.AppId))
        {
            _logger.LogWarning("No conversation with {AadObjectId} and no way to open one (app installer, Reminders:ServiceUrl or Bot:AppId missing)", aadObjectId);
            return (null, "Boten har aldrig pratat med personen och kan inte installera appen (inställningar saknas).");
        }
        var installed = await _installer.EnsureInstalledAsync(aadObjectId, ct);
        if (installed.Status == AppInstallStatus.Blocked)
            return (null, await UnreachableAsync(aadObjectId, $"Appen kunde inte installeras: {installed.Reason ?? "nekades"}.", ct));
        var tenant = string.IsNullOrWhiteSpace(_options.TenantId) ? _bot.TenantId ?? "" : _options.TenantId;
        var botId = TeamsIds.BotMri(_bot.AppId);
        var conversation = await _connector.CreatePersonalConversationAsync(_options.ServiceUrl, botId, aadObjectId, tenant, ct);
        var reference = new StoredConversationReference(aadObjectId, _options.ServiceUrl, conversation.Id!, tenant, botId, null, _clock.GetUtcNow());
        await _references.SaveAsync(reference, ct);
        return (reference, null);
    }

    private async Task<string> UnreachableAsync(string aadObjectId, string reason, CancellationToken ct)
    {
        await _references.MarkUnreachableAsync(aadObjectId, reason, ct);
        return reason;
    }

    private static KeyValuePair<string, object?> Step(OutboxItem item) => new("reminder.step", item.Message.Step.ToString());
}
