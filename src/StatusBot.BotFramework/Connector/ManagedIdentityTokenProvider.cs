using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace StatusBot.BotFramework.Connector;

/// <summary>Connector tokens from an Azure user-assigned managed identity: no secret to store or rotate.</summary>
public sealed class ManagedIdentityTokenProvider : CachingConnectorTokenProvider
{
    private static readonly TokenRequestContext Request = new([BotOptions.ConnectorScope]);
    private readonly ManagedIdentityCredential _credential;

    /// <summary>Uses <see cref="BotOptions.ManagedIdentityClientId"/>.</summary>
    public ManagedIdentityTokenProvider(IOptions<BotOptions> options, TimeProvider time) : base(time)
    {
        var clientId = options.Value.ManagedIdentityClientId
            ?? throw new InvalidOperationException("Bot:ManagedIdentityClientId is required.");
        _credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
    }

    /// <inheritdoc />
    protected override async Task<ConnectorToken> AcquireAsync(bool forceRefresh, CancellationToken ct)
    {
        var token = await _credential.GetTokenAsync(Request, ct);
        return new ConnectorToken(token.Token, token.ExpiresOn);
    }
}
