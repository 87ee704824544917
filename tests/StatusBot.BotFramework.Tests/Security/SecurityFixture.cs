using StatusBot.BotFramework.Tests.Infrastructure;

namespace StatusBot.BotFramework.Tests.Security;

/// <summary>
/// A single-tenant bot that trusts the Bot Framework issuer and its own tenant's Entra issuer, with one other app of
/// the tenant on the caller allow-list. Tokens are real RS256 JWTs from local issuers.
/// </summary>
public sealed class SecurityFixture : IAsyncLifetime
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string BotTenant = "bot-tenant-0000";
    public const string AllowedCallerApp = "aaaaaaaa-0000-0000-0000-00000000000a";
    public const string OtherTenantApp = "bbbbbbbb-0000-0000-0000-00000000000b";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public static readonly string EntraIssuerV2 = $"https://login.microsoftonline.com/{BotTenant}/v2.0";
    public static readonly string EntraIssuerV1 = $"https://sts.windows.net/{BotTenant}/";

    internal FakeIdentityProvider BotFramework { get; private set; } = null!;
    internal FakeIdentityProvider Entra { get; private set; } = null!;
    internal BotTestHost Host { get; private set; } = null!;
    internal SigningKey TeamsKey { get; private set; } = null!;
    internal SigningKey EntraKey { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        BotFramework = await FakeIdentityProvider.StartAsync(BotFrameworkIssuer);
        Entra = await FakeIdentityProvider.StartAsync(EntraIssuerV2);
        TeamsKey = BotFramework.AddKey(["msteams"]);
        EntraKey = Entra.AddKey(endorsements: null);
        Host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["AppId"] = AppId,
            ["TenantId"] = BotTenant,
            ["AllowedTenantIds:0"] = Activities.TenantId,
            ["AllowedTenantIds:1"] = BotTenant,
            ["AllowedCallerAppIds:0"] = AllowedCallerApp,
            ["OpenIdMetadataUrl"] = BotFramework.MetadataUrl,
            ["EntraOpenIdMetadataUrl"] = Entra.MetadataUrl,
        });
    }

    /// <summary>A Bot Framework channel token for the default activity.</summary>
    internal string ChannelToken(string? serviceUrl = Activities.ServiceUrl, string audience = AppId, string issuer = BotFrameworkIssuer,
        SigningKey? key = null, DateTime? notBefore = null, DateTime? expires = null) =>
        FakeIdentityProvider.CreateToken(key ?? TeamsKey, issuer, audience, serviceUrl, notBefore, expires);

    /// <summary>
    /// An Entra ID token of the bot's tenant: <paramref name="version"/> "1.0" names the caller in <c>appid</c>,
    /// "2.0" in <c>azp</c>; null leaves out <c>ver</c>. <paramref name="caller"/> null leaves out both app id claims.
    /// </summary>
    internal string EntraToken(string? version, string? caller, string? serviceUrl = null, string? tenant = BotTenant, string audience = AppId)
    {
        var claims = new Dictionary<string, object>();
        if (version is not null) claims["ver"] = version;
        if (caller is not null) claims[version == "2.0" ? "azp" : "appid"] = caller;
        if (tenant is not null) claims["tid"] = tenant;
        var issuer = version == "2.0" ? EntraIssuerV2 : EntraIssuerV1;
        return FakeIdentityProvider.CreateToken(EntraKey, issuer, audience, serviceUrl, extraClaims: claims);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await BotFramework.DisposeAsync();
        await Entra.DisposeAsync();
    }
}
