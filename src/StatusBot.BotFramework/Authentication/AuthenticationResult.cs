using System.Security.Claims;

namespace StatusBot.BotFramework.Authentication;

/// <summary>The outcome of authenticating one inbound request.</summary>
public sealed class AuthenticationResult
{
    private AuthenticationResult(bool succeeded, ClaimsIdentity? identity, InboundCaller caller, string? failureReason, bool isUnavailable)
    {
        Succeeded = succeeded;
        Identity = identity;
        Caller = caller;
        FailureReason = failureReason;
        IsUnavailable = isUnavailable;
    }

    /// <summary>True if the request may be processed.</summary>
    public bool Succeeded { get; }

    /// <summary>The validated token's claims; null when authentication is disabled or failed.</summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>Who called: the Bot Framework channel, an allowed app, or local development; <c>Unstated</c> on failure.</summary>
    public InboundCaller Caller { get; }

    /// <summary>Why it failed, for the log only (never contains the token); never sent to the caller.</summary>
    public string? FailureReason { get; }

    /// <summary>
    /// True when the request could not be judged because no signing keys are available (the issuer is down and
    /// nothing is cached): a 503, so the channel retries, rather than a 401.
    /// </summary>
    public bool IsUnavailable { get; }

    internal static AuthenticationResult Success(ClaimsIdentity? identity, InboundCaller caller) => new(true, identity, caller, null, false);

    internal static AuthenticationResult Fail(string reason) => new(false, null, InboundCaller.Unstated, reason, false);

    internal static AuthenticationResult Unavailable(string reason) => new(false, null, InboundCaller.Unstated, reason, true);
}
