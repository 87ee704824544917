using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace StatusBot.BotFramework.Connector;

/// <summary>Connector tokens by the OAuth client-credentials flow (client secret or certificate) through MSAL.</summary>
public sealed class ClientCredentialsTokenProvider : CachingConnectorTokenProvider
{
    /// <summary>Authority tenant for multi-tenant bots, as the Bot Framework documents.</summary>
    public const string MultiTenantAuthorityTenant = "botframework.com";

    private static readonly string[] Scopes = [BotOptions.ConnectorScope];
    private readonly IConfidentialClientApplication _app;

    /// <summary>Builds the MSAL application from <see cref="BotOptions"/>.</summary>
    public ClientCredentialsTokenProvider(IOptions<BotOptions> options, TimeProvider time) : base(time)
    {
        var o = options.Value;
        var tenant = string.IsNullOrWhiteSpace(o.TenantId) ? MultiTenantAuthorityTenant : o.TenantId;
        var builder = ConfidentialClientApplicationBuilder.Create(o.AppId)
            .WithAuthority($"{o.AuthorityHost.TrimEnd('/')}/{tenant}");
        builder = !string.IsNullOrWhiteSpace(o.ClientSecret)
            ? builder.WithClientSecret(o.ClientSecret)
            : builder.WithCertificate(X509CertificateLoader.LoadPkcs12FromFile(
                o.CertificatePath ?? throw new InvalidOperationException("Bot:ClientSecret or Bot:CertificatePath is required."),
                o.CertificatePassword), sendX5C: true);
        _app = builder.Build();
    }

    /// <inheritdoc />
    protected override async Task<ConnectorToken> AcquireAsync(bool forceRefresh, CancellationToken ct)
    {
        var result = await _app.AcquireTokenForClient(Scopes).WithForceRefresh(forceRefresh).ExecuteAsync(ct);
        return new ConnectorToken(result.AccessToken, result.ExpiresOn);
    }
}
