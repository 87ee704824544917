namespace StatusBot.BotFramework.Authentication;

/// <summary>Who sent an inbound activity, as far as its token proves it.</summary>
public enum InboundCallerKind
{
    /// <summary>Not stated (a turn built without authentication information): trust nothing in the activity.</summary>
    Unstated,
    /// <summary>The Bot Framework channel service (Teams): a token from the Bot Framework issuer whose serviceurl matches.</summary>
    BotFrameworkChannel,
    /// <summary>
    /// Another Entra app of the bot's tenant on <c>Bot:AllowedCallerAppIds</c>. It may put anything in
    /// <c>from</c>, <c>conversation</c> and <c>serviceUrl</c>: those fields are claims of that app, not of a user.
    /// </summary>
    AllowedApplication,
    /// <summary>Unauthenticated local development (no <c>Bot:AppId</c>, loopback caller such as the Agents Playground).</summary>
    UnauthenticatedDevelopment,
}

/// <summary>
/// The authenticated caller of one request. Use <see cref="VouchesForTheActivity"/> before trusting
/// <c>from.aadObjectId</c> for authorisation or storing the activity's conversation reference.
/// </summary>
/// <param name="Kind">Which kind of caller.</param>
/// <param name="AppId">The calling app's id (<c>appid</c>/<c>azp</c>) for <see cref="InboundCallerKind.AllowedApplication"/>; otherwise null.</param>
public sealed record InboundCaller(InboundCallerKind Kind, string? AppId = null)
{
    /// <summary>The Bot Framework channel.</summary>
    public static readonly InboundCaller BotFrameworkChannel = new(InboundCallerKind.BotFrameworkChannel);

    /// <summary>Unauthenticated local development.</summary>
    public static readonly InboundCaller UnauthenticatedDevelopment = new(InboundCallerKind.UnauthenticatedDevelopment);

    /// <summary>Nothing known about the caller.</summary>
    public static readonly InboundCaller Unstated = new(InboundCallerKind.Unstated);

    /// <summary>True when the token is the Bot Framework channel's.</summary>
    public bool IsBotFrameworkChannel => Kind == InboundCallerKind.BotFrameworkChannel;

    /// <summary>
    /// True when the activity's <c>from</c>, <c>conversation</c> and <c>serviceUrl</c> were set by the channel (or, in
    /// development, by the local emulator): only then may the app act for <c>from.aadObjectId</c> or replace a
    /// stored conversation reference. False for allowed apps, which can write any user's id into an activity.
    /// </summary>
    public bool VouchesForTheActivity => Kind is InboundCallerKind.BotFrameworkChannel or InboundCallerKind.UnauthenticatedDevelopment;
}
