using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StatusBot.Deployment.Tests.Infra;

/// <summary>Reads the COMPILED ARM template and checks the security settings the deployment promises.</summary>
[Collection(Bicep.Collection)]
public sealed class SecuritySettingsTests(CompiledTemplateFixture compiled) : IClassFixture<CompiledTemplateFixture>
{
    private readonly ArmTemplate _arm = compiled.Template;

    private ArmResource Site => _arm.Single("Microsoft.Web/sites");

    private string AppSetting(string name)
    {
        var settings = Site.Properties["siteConfig"]!["appSettings"]!.AsArray();
        var setting = settings.SingleOrDefault(s => s!["name"]!.ToString() == name);
        Assert.True(setting is not null, $"app setting {name} is missing");
        return _arm.Resolve(setting!["value"]!.ToString(), Site.Scope);
    }

    [Fact]
    public void Site_is_https_only_with_tls_12_or_newer_and_no_ftp()
    {
        var config = Site.Properties["siteConfig"]!;
        Assert.True(Site.Properties["httpsOnly"]!.GetValue<bool>());
        Assert.Contains(config["minTlsVersion"]!.ToString(), new[] { "1.2", "1.3" });
        Assert.Contains(config["scmMinTlsVersion"]!.ToString(), new[] { "1.2", "1.3" });
        Assert.Equal("Disabled", config["ftpsState"]!.ToString());
        var basicAuth = _arm.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(2, basicAuth.Count);
        Assert.All(basicAuth, p => Assert.False(p.Properties["allow"]!.GetValue<bool>()));
    }

    [Fact]
    public void Site_runs_dotnet_10_on_linux_with_health_check_and_always_on()
    {
        var config = Site.Properties["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", config["linuxFxVersion"]!.ToString());
        Assert.Equal("/healthz", config["healthCheckPath"]!.ToString());
        Assert.True(config["alwaysOn"]!.GetValue<bool>());
        Assert.True(_arm.Single("Microsoft.Web/serverfarms").Properties["reserved"]!.GetValue<bool>()); // Linux
    }

    [Fact]
    public void Site_uses_the_managed_identity_for_key_vault_references_and_routes_through_the_vnet()
    {
        var identities = Site.Json["identity"]!["userAssignedIdentities"]!.AsObject();
        Assert.Equal("UserAssigned", Site.Json["identity"]!["type"]!.ToString());
        var assigned = _arm.Resolve(OnlyEntry(identities).Key, Site.Scope);
        var keyVaultIdentity = _arm.Resolve(Site.Properties["keyVaultReferenceIdentity"]!.ToString(), Site.Scope);
        Assert.Equal(assigned, keyVaultIdentity);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", keyVaultIdentity);
        Assert.Contains("subnets", _arm.Resolve(Site.Properties["virtualNetworkSubnetId"]!.ToString(), Site.Scope));
        Assert.True(Site.Properties["siteConfig"]!["vnetRouteAllEnabled"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("Store", "Store")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING", "ApplicationInsights")]
    public void Secrets_reach_the_app_as_key_vault_references(string setting, string secretName)
    {
        var value = AppSetting(setting);

        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})', reference(resourceId('Microsoft.KeyVault/vaults/secrets'", value);
        Assert.Contains($"'{secretName}')", value);
        Assert.Contains(".secretUri)", value); // versionless: rotation needs no redeploy
    }

    [Theory]
    [InlineData("Bot__AppId", "clientId")]
    [InlineData("Bot__ManagedIdentityClientId", "clientId")]
    [InlineData("Bot__TenantId", "tenant().tenantId")]
    [InlineData("Bot__AllowedTenantIds__0", "tenant().tenantId")]
    public void Bot_settings_come_from_the_identity_and_the_tenant(string setting, string expected)
    {
        var value = AppSetting(setting);

        Assert.Contains(expected, value);
        if (expected == "clientId") Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", value);
    }

    [Fact]
    public void No_app_setting_carries_a_literal_secret()
    {
        var settings = Site.Properties["siteConfig"]!["appSettings"]!.AsArray();
        foreach (var setting in settings)
        {
            var value = _arm.Resolve(setting!["value"]!.ToString(), Site.Scope);
            Assert.DoesNotMatch(new Regex("password=|instrumentationkey=|listkeys|\\.connectionstring", RegexOptions.IgnoreCase), value);
        }
    }

    [Fact]
    public void Bot_authenticates_as_the_user_assigned_managed_identity_with_teams_on()
    {
        var bot = _arm.Single("Microsoft.BotService/botServices");
        Assert.Equal("UserAssignedMSI", bot.Properties["msaAppType"]!.ToString());
        // The same identity as the site's: the bot's tokens are obtained by the app running on that site.
        var siteIdentity = _arm.Resolve(OnlyEntry(Site.Json["identity"]!["userAssignedIdentities"]!.AsObject()).Key, Site.Scope);
        Assert.Equal(siteIdentity, _arm.Resolve(bot.Properties["msaAppMSIResourceId"]!.ToString(), bot.Scope));
        var appId = _arm.Resolve(bot.Properties["msaAppId"]!.ToString(), bot.Scope);
        Assert.Contains("userAssignedIdentities", appId);
        Assert.Contains(".clientId", appId);
        Assert.Equal("[tenant().tenantId]", bot.Properties["msaAppTenantId"]!.ToString());
        var endpoint = _arm.Resolve(bot.Properties["endpoint"]!.ToString(), bot.Scope);
        Assert.StartsWith("[format('https://{0}/api/messages'", endpoint);

        var teams = _arm.Single("Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", teams.Properties["channelName"]!.ToString());
        Assert.True(teams.Properties["properties"]!["isEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public void Database_is_private_and_entra_only_with_the_identity_as_admin()
    {
        var server = _arm.Single("Microsoft.DBforPostgreSQL/flexibleServers");
        var network = server.Properties["network"]!;
        Assert.Equal("Disabled", network["publicNetworkAccess"]!.ToString());
        Assert.Contains("subnets", _arm.Resolve(network["delegatedSubnetResourceId"]!.ToString(), server.Scope));
        Assert.Contains("privateDnsZones", _arm.Resolve(network["privateDnsZoneArmResourceId"]!.ToString(), server.Scope));
        Assert.Equal("Enabled", server.Properties["authConfig"]!["activeDirectoryAuth"]!.ToString());
        Assert.Equal("Disabled", server.Properties["authConfig"]!["passwordAuth"]!.ToString());
        Assert.Null(server.Properties["administratorLoginPassword"]);
        Assert.Null(server.Properties["administratorLogin"]);

        var version = server.Scope.Template["parameters"]!["version"]!;
        Assert.Equal(["15", "16"], version["allowedValues"]!.AsArray().Select(v => v!.ToString()));
        Assert.NotNull(server.Properties["backup"]!["backupRetentionDays"]);
        Assert.NotNull(server.Properties["backup"]!["geoRedundantBackup"]);

        // The Entra admin is the app's identity: same name as the identity resource, its principal id as key.
        var identity = _arm.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var admin = _arm.OfType("Microsoft.DBforPostgreSQL/flexibleServers/administrators")
            .Single(a => a.Properties["principalType"]!.ToString() == "ServicePrincipal");
        Assert.Equal(_arm.Resolve(identity.Json["name"]!.ToString(), identity.Scope),
            _arm.Resolve(admin.Properties["principalName"]!.ToString(), admin.Scope));
        var adminObjectId = _arm.Resolve("[parameters('adminIdentityPrincipalId')]", admin.Scope);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", adminObjectId);
        Assert.Contains(".principalId]", adminObjectId);
    }

    [Fact]
    public void Key_vault_uses_rbac_purge_protection_and_a_deny_by_default_firewall()
    {
        var vault = _arm.Single("Microsoft.KeyVault/vaults");
        Assert.True(vault.Properties["enableRbacAuthorization"]!.GetValue<bool>());
        Assert.True(vault.Properties["enablePurgeProtection"]!.GetValue<bool>());
        Assert.True(vault.Properties["enableSoftDelete"]!.GetValue<bool>());
        Assert.Equal("Deny", vault.Properties["networkAcls"]!["defaultAction"]!.ToString());
        Assert.Contains("subnets", _arm.Resolve(
            vault.Properties["networkAcls"]!["virtualNetworkRules"]![0]!["id"]!.ToString(), vault.Scope));
    }

    [Fact]
    public void Identity_may_read_secrets_and_nothing_more()
    {
        const string secretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
        var assignment = _arm.Single("Microsoft.Authorization/roleAssignments");
        var role = _arm.Resolve(assignment.Properties["roleDefinitionId"]!.ToString(), assignment.Scope);
        var resolvedRole = role.Contains("variables('secretsUserRoleId')")
            ? assignment.Scope.Template["variables"]!["secretsUserRoleId"]!.ToString()
            : role;
        Assert.Equal(secretsUser, resolvedRole);
        Assert.Equal("ServicePrincipal", assignment.Properties["principalType"]!.ToString());
        var principal = _arm.Resolve(assignment.Properties["principalId"]!.ToString(), assignment.Scope);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", principal);
        Assert.Contains(".principalId]", principal);
        Assert.Contains("Microsoft.KeyVault/vaults", assignment.Json["scope"]!.ToString());
    }

    [Fact]
    public void Telemetry_goes_to_application_insights_backed_by_log_analytics()
    {
        var insights = _arm.Single("Microsoft.Insights/components");
        Assert.Contains("Microsoft.OperationalInsights/workspaces",
            _arm.Resolve(insights.Properties["WorkspaceResourceId"]!.ToString(), insights.Scope));
        Assert.Single(_arm.OfType("Microsoft.OperationalInsights/workspaces"));
    }

    [Fact]
    public void Outputs_hold_no_secrets()
    {
        var forbidden = new Regex("key|secret|password|connectionstring", RegexOptions.IgnoreCase);
        Assert.NotEmpty(_arm.Outputs);
        foreach (var (name, output) in _arm.Outputs)
        {
            Assert.DoesNotMatch(forbidden, name);
            Assert.DoesNotMatch(forbidden, output!["value"]!.ToString());
            Assert.DoesNotMatch(forbidden, _arm.Resolve(output["value"]!.ToString(), _arm.MainScope));
            Assert.NotEqual("securestring", output["type"]!.ToString(), StringComparer.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Parameters_name_the_environment_and_the_region()
    {
        var parameters = _arm.Root["parameters"]!;
        Assert.Equal(["dev", "test", "prod"], parameters["environmentName"]!["allowedValues"]!.AsArray().Select(v => v!.ToString()));
        Assert.Equal("[resourceGroup().location]", parameters["location"]!["defaultValue"]!.ToString());
    }

    private static KeyValuePair<string, JsonNode?> OnlyEntry(JsonObject o)
    {
        Assert.Single(o);
        return o.First();
    }
}
