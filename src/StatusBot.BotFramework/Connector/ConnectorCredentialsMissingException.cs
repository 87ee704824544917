namespace StatusBot.BotFramework.Connector;

/// <summary>
/// Thrown instead of sending to a trusted service URL when no connector credentials are configured (development
/// mode talking to a real Teams service URL). Nothing is sent.
/// </summary>
public sealed class ConnectorCredentialsMissingException()
    : InvalidOperationException("No connector credentials are configured (Bot:ClientSecret, Bot:CertificatePath or Bot:ManagedIdentityClientId).");
