namespace StatusBot.BotFramework.Connector;

/// <summary>What may be sent to a service URL.</summary>
public enum ServiceUrlTrust
{
    /// <summary>Not trusted: nothing is sent, least of all the token.</summary>
    Untrusted,
    /// <summary>A loopback URL while no credentials are configured (Agents Playground): sent without a token.</summary>
    AnonymousLoopback,
    /// <summary>Trusted: sent with the bot's token.</summary>
    Trusted,
}
