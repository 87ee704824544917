using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusBot.BotFramework.Authentication;
using StatusBot.BotFramework.Connector;
using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Hosting;

/// <summary>
/// Processes <c>POST /api/messages</c>: size limit, JSON parse, authentication, conversation-reference hand-off,
/// and dispatch by activity type with a timeout. Nothing about a rejection is echoed to the caller.
/// </summary>
internal sealed class BotEndpoint(
    IOptions<BotOptions> options, BotAuthenticator authenticator, IConnectorClient connector,
    IConversationReferenceSink referenceSink, ILogger<BotEndpoint> logger)
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

        var activity = Parse(body);
        if (activity is null)
        {
            logger.LogWarning("Rejected a request whose body is not a valid activity");
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), activity, ct);
        if (!auth.Succeeded)
        {
            logger.LogWarning("Rejected inbound activity: {Reason}", auth.FailureReason);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        await HandOffReferenceAsync(activity, ct);

        var handler = http.RequestServices.GetRequiredService<IActivityHandler>();
        using var turnCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var timeout = TimeSpan.FromSeconds(_options.HandlerTimeoutSeconds);
        var turn = new TurnContext(activity, connector, auth.Identity, turnCts.Token);

        if (activity.Type.Is(ActivityType.Invoke))
            await RespondToInvokeAsync(http, handler, turn, turnCts, timeout);
        else
            await RespondToActivityAsync(http, handler, turn, turnCts, timeout);
    }

    private async Task RespondToInvokeAsync(HttpContext http, IActivityHandler handler, TurnContext turn, CancellationTokenSource turnCts, TimeSpan timeout)
    {
        InvokeResponse response;
        try
        {
            response = await handler.OnInvokeAsync(turn).WaitAsync(timeout, http.RequestAborted)
                ?? InvokeResponse.Error(500, "InternalError", "Något gick fel. Försök igen.");
        }
        catch (TimeoutException)
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
        catch (TimeoutException)
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
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "Handler failed for activity type {Type}", turn.Activity.Type);
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }
    }

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

    private static Activity? Parse(byte[] body)
    {
        try
        {
            var activity = JsonSerializer.Deserialize(body, BotFrameworkJsonContext.Default.Activity);
            return activity is null || string.IsNullOrWhiteSpace(activity.Type.Value) || !IsAnswerable(activity) ? null : activity;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The Connector always sends where to reply (serviceUrl, conversation) and who is asking (from); without them
    /// a handler cannot answer, and used to fail with a 500 further in.
    /// </summary>
    private static bool IsAnswerable(Activity activity) =>
        !string.IsNullOrWhiteSpace(activity.ServiceUrl)
        && !string.IsNullOrWhiteSpace(activity.Conversation?.Id)
        && activity.From is not null;

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
