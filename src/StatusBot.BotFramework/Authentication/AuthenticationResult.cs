using System.Security.Claims;

namespace StatusBot.BotFramework.Authentication;

/// <summary>The outcome of authenticating one inbound request.</summary>
public sealed class AuthenticationResult
{
    private AuthenticationResult(bool succeeded, ClaimsIdentity? identity, string? failureReason)
    {
        Succeeded = succeeded;
        Identity = identity;
        FailureReason = failureReason;
    }

    /// <summary>True if the request may be processed.</summary>
    public bool Succeeded { get; }

    /// <summary>The validated token's claims; null when authentication is disabled or failed.</summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>Why it failed, for the log only (never contains the token); never sent to the caller.</summary>
    public string? FailureReason { get; }

    internal static AuthenticationResult Success(ClaimsIdentity? identity) => new(true, identity, null);

    internal static AuthenticationResult Fail(string reason) => new(false, null, reason);
}
