using StatusBot.BotFramework.Tests.Infrastructure;

namespace StatusBot.BotFramework.Tests.Authentication;

/// <summary>A Bot Framework issuer, an Entra ID issuer and a single-tenant bot that trusts both.</summary>
public sealed class AuthFixture : IAsyncLifetime
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string BotTenant = "bot-tenant-0000";
    public const string CallerAppId = "aaaaaaaa-0000-0000-0000-00000000000a";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public static readonly string EntraIssuer = $"https://login.microsoftonline.com/{BotTenant}/v2.0";

    internal FakeIdentityProvider BotFramework { get; private set; } = null!;
    internal FakeIdentityProvider Entra { get; private set; } = null!;
    internal BotTestHost Host { get; private set; } = null!;
    internal SigningKey TeamsKey { get; private set; } = null!;
    internal SigningKey SkypeOnlyKey { get; private set; } = null!;
    internal SigningKey EntraKey { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        BotFramework = await FakeIdentityProvider.StartAsync(BotFrameworkIssuer);
        Entra = await FakeIdentityProvider.StartAsync(EntraIssuer);
        TeamsKey = BotFramework.AddKey(["msteams", "webchat"]);
        SkypeOnlyKey = BotFramework.AddKey(["skype"]);
        EntraKey = Entra.AddKey(endorsements: null);
        Host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["AppId"] = AppId,
            ["TenantId"] = BotTenant,
            ["AllowedTenantIds:0"] = Activities.TenantId,
            ["AllowedTenantIds:1"] = BotTenant,
            ["AllowedCallerAppIds:0"] = CallerAppId,
            ["OpenIdMetadataUrl"] = BotFramework.MetadataUrl,
            ["EntraOpenIdMetadataUrl"] = Entra.MetadataUrl,
        });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await BotFramework.DisposeAsync();
        await Entra.DisposeAsync();
    }
}
