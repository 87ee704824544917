using System.Security.Claims;

namespace StatusBot.BotFramework.Authentication;

/// <summary>
/// Reads the calling app's id from an Entra ID token the way the Bot Framework SDK does for emulator and skill
/// tokens: <c>ver</c> is required; version 1.0 names the caller in <c>appid</c>, version 2.0 in <c>azp</c>; any
/// other version is refused.
/// </summary>
internal static class CallerAppId
{
    private const string VersionClaim = "ver";
    private const string AppIdClaim = "appid";
    private const string AuthorizedPartyClaim = "azp";

    /// <summary>The caller's app id, or null with the reason (a fixed phrase for the log).</summary>
    public static (string? AppId, string? Failure) Read(ClaimsIdentity identity)
    {
        var version = identity.FindFirst(VersionClaim)?.Value;
        var claim = version switch
        {
            null or "" => null,
            "1.0" => AppIdClaim,
            "2.0" => AuthorizedPartyClaim,
            _ => string.Empty,
        };
        if (claim is null) return (null, "token has no ver claim");
        if (claim.Length == 0) return (null, "token version not supported");
        var appId = identity.FindFirst(claim)?.Value;
        return string.IsNullOrWhiteSpace(appId) ? (null, $"token has no {claim} claim") : (appId, null);
    }
}
