namespace StatusBot.BotFramework.Connector;

/// <summary>Supplies the bearer token the bot presents to the Bot Connector service.</summary>
public interface IConnectorTokenProvider
{
    /// <summary>
    /// A valid access token for scope <see cref="BotOptions.ConnectorScope"/>. With <paramref name="forceRefresh"/>
    /// the cached token is discarded (used once after the connector answers 401).
    /// </summary>
    Task<string> GetTokenAsync(bool forceRefresh, CancellationToken ct);
}

/// <summary>An access token and when it expires.</summary>
/// <param name="Value">The token; never log it.</param>
/// <param name="ExpiresOn">Expiry.</param>
public readonly record struct ConnectorToken(string Value, DateTimeOffset ExpiresOn)
{
    /// <inheritdoc />
    public override string ToString() => $"ConnectorToken(expires {ExpiresOn:O})"; // keeps the secret out of logs
}
