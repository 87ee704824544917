namespace StatusBot.BotFramework.Connector;

/// <summary>Thrown instead of sending anything to a service URL that may not receive the bot's token.</summary>
public sealed class UntrustedServiceUrlException(string host)
    : InvalidOperationException($"The service URL host '{host}' is not trusted; the request was not sent.");
