using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusBot.BotFramework.Authentication;
using StatusBot.BotFramework.Connector;
using StatusBot.BotFramework.Input;
using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Hosting;

/// <summary>
/// Processes <c>POST /api/messages</c>: size limit, JSON parse and input sanitising, authentication, service URL
/// trust, conversation-reference hand-off (channel only), and dispatch by activity type with a timeout. Nothing
/// about a rejection is echoed to the caller; every refusal is one structured log line with a fixed reason.
/// </summary>
internal sealed class BotEndpoint(
    IOptions<BotOptions> options, BotAuthenticator authenticator, IConnectorClient connector,
    IConversationReferenceSink referenceSink, ServiceUrlPolicy serviceUrlPolicy, ILogger<BotEndpoint> logger)
{
    private readonly BotOptions _options = options.Value;

    public async Task HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        if (!_options.IsAuthenticationEnabled && !IsLoopback(http))
        {
            // Unauthenticated mode exists for the local Agents Playground only.
            logger.LogWarning("Rejected a request from a non-loopback address while authentication is disabled");
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (_options.IsAuthenticationEnabled && string.IsNullOrWhiteSpace(http.Request.Headers.Authorization))
        {
            logger.LogWarning("Rejected inbound activity: missing bearer token");
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var body = await ReadLimitedAsync(http.Request, _options.MaxRequestBytes, ct);
        if (body is null)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var (activity, input, refusal) = InboundActivityReader.Read(body);
        if (activity is null)
        {
            logger.LogWarning("Refused inbound activity: {Reason} ({Bytes} bytes)", refusal, body.Length);
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), activity, ct);
        if (!auth.Succeeded)
        {
            logger.LogWarning("Rejected inbound activity: {Reason}", auth.FailureReason);
            http.Response.StatusCode = auth.IsUnavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status401Unauthorized;
            if (auth.IsUnavailable) http.Response.Headers.RetryAfter = "10";
            return;
        }

        // Refused before the handler runs: a reply there would hand the bot's token to that host, or fail as a 500.
        if (serviceUrlPolicy.Evaluate(new Uri(activity.ServiceUrl!)) == ServiceUrlTrust.Untrusted)
        {
            logger.LogWarning("Refused inbound activity: service URL not trusted (host {Host}, caller {CallerKind})",
                new Uri(activity.ServiceUrl!).IdnHost, auth.Caller.Kind);
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (auth.Caller.VouchesForTheActivity)
            await HandOffReferenceAsync(activity, ct);
        else
            logger.LogInformation("Conversation reference not handed on: caller {CallerKind} {CallerAppId} is not the channel",
                auth.Caller.Kind, auth.Caller.AppId);
        if (input.AnythingRemoved)
            logger.LogInformation("Removed unsafe characters from activity {ActivityId}: {Kinds}", activity.Id, string.Join(",", input.RemovedKinds));

        var handler = http.RequestServices.GetRequiredService<IActivityHandler>();
        using var turnCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var timeout = TimeSpan.FromSeconds(_options.HandlerTimeoutSeconds);
        var turn = new TurnContext(activity, connector, auth.Identity, turnCts.Token, auth.Caller, input);

        if (activity.Type.Is(ActivityType.Invoke))
            await RespondToInvokeAsync(http, handler, turn, turnCts, timeout);
        else
            await RespondToActivityAsync(http, handler, turn, turnCts, timeout);
    }

    private async Task RespondToInvokeAsync(HttpContext http, IActivityHandler handler, TurnContext turn, CancellationTokenSource turnCts, TimeSpan timeout)
    {
        InvokeResponse response;
        var work = DispatchInvoke(handler, turn);
        try
        {
            response = await work.WaitAsync(timeout, http.RequestAborted)
                ?? InvokeResponse.Error(500, "InternalError", "Något gick fel. Försök igen.");
        }
        catch (TimeoutException) when (!work.IsCompleted) // the handler's own TimeoutException (e.g. a regex) is a failure
        {
            await turnCts.CancelAsync();
            logger.LogWarning("Invoke {Name} timed out after {Timeout}", turn.Activity.Name, timeout);
            response = InvokeResponse.Error(504, "Timeout", "Det tog för lång tid. Försök igen.");
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            // A well-formed invoke never gets an HTTP error: the client shows the error body instead.
            logger.LogError(ex, "Invoke handler failed for {Name}", turn.Activity.Name);
            response = InvokeResponse.Error(500, "InternalError", "Något gick fel. Försök igen.");
        }

        http.Response.StatusCode = response.Status;
        if (response.Body is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(response.Body.ToJsonString(), http.RequestAborted);
        }
    }

    private async Task RespondToActivityAsync(HttpContext http, IActivityHandler handler, TurnContext turn, CancellationTokenSource turnCts, TimeSpan timeout)
    {
        var work = Dispatch(handler, turn);
        try
        {
            await work.WaitAsync(timeout, http.RequestAborted);
            http.Response.StatusCode = StatusCodes.Status200OK;
        }
        catch (TimeoutException) when (!work.IsCompleted) // the handler's own TimeoutException (e.g. a regex) is a failure
        {
            // Answer before Teams gives up; the handler sees its token cancelled and may still finish sending.
            await turnCts.CancelAsync();
            logger.LogWarning("Handler for {Type} exceeded {Timeout}; answered 202 without waiting", turn.Activity.Type, timeout);
            _ = work.ContinueWith(t => logger.LogError(t.Exception, "Handler failed after its timeout"),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            http.Response.StatusCode = StatusCodes.Status202Accepted;
        }
        catch (ConnectorException ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            // The activity was received; only the reply could not be delivered after the connector's retries.
            // A 500 would make Teams redeliver into the same failing Connector (and show the user an error).
            logger.LogWarning(ex, "Reply to {Type} could not be delivered: Connector status {Status} (0 = no answer)", turn.Activity.Type, ex.StatusCode);
            http.Response.StatusCode = StatusCodes.Status202Accepted;
        }
        catch (Exception ex) when (ex is UntrustedServiceUrlException or ConnectorCredentialsMissingException && !http.RequestAborted.IsCancellationRequested)
        {
            // The activity was received, but no reply can go to its service URL from here; not the sender's fault.
            logger.LogWarning("Reply to {Type} not sent: {Reason}", turn.Activity.Type,
                ex is UntrustedServiceUrlException ? "service URL not trusted" : "no connector credentials are configured");
            http.Response.StatusCode = StatusCodes.Status202Accepted;
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "Handler failed for activity type {Type}", turn.Activity.Type);
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }
    }

    // Async so that a handler throwing before its first await still yields a faulted task, not an escape.
    private static async Task<InvokeResponse?> DispatchInvoke(IActivityHandler handler, TurnContext turn) => await handler.OnInvokeAsync(turn);

    // Async so that a handler throwing before its first await still yields a faulted task, not an escape.
    private static async Task Dispatch(IActivityHandler handler, TurnContext turn)
    {
        var type = turn.Activity.Type;
        if (type.Is(ActivityType.Message)) await handler.OnMessageAsync(turn);
        else if (type.Is(ActivityType.ConversationUpdate)) await handler.OnConversationUpdateAsync(turn);
        else if (type.Is(ActivityType.InstallationUpdate)) await handler.OnInstallationUpdateAsync(turn);
        else await handler.OnOtherAsync(turn);
    }

    private async Task HandOffReferenceAsync(Activity activity, CancellationToken ct)
    {
        var reference = activity.GetConversationReference();
        if (reference is null) return;
        try
        {
            await referenceSink.OnReferenceAsync(reference, activity, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Storing the conversation reference failed; continuing the turn");
        }
    }

    /// <summary>The body, or null if it is larger than <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static bool IsLoopback(HttpContext http) =>
        http.Connection.RemoteIpAddress is null || IPAddress.IsLoopback(http.Connection.RemoteIpAddress);
}
