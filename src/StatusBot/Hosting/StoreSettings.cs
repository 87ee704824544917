using StatusBot.Storage;
using StatusBot.Storage.Postgres;

namespace StatusBot.Hosting;

/// <summary>Reads the store's login settings (docs/operations.md) from configuration or, for the command line, the environment.</summary>
public static class StoreSettings
{
    public const string AuthenticationKey = "StoreAuthentication";
    public const string ManagedIdentityClientIdKey = "Store:ManagedIdentityClientId";

    public static GoalStoreOptions From(IConfiguration configuration)
    {
        var mode = configuration[AuthenticationKey];
        return new GoalStoreOptions
        {
            PostgresAuthentication = string.IsNullOrWhiteSpace(mode) ? PostgresAuthentication.Auto
                : Enum.TryParse<PostgresAuthentication>(mode, ignoreCase: true, out var parsed) ? parsed
                : throw new InvalidOperationException($"{AuthenticationKey} måste vara Auto, Password eller Entra (var '{mode}')."),
            ManagedIdentityClientId = configuration[ManagedIdentityClientIdKey] is { Length: > 0 } id ? id : configuration["AZURE_CLIENT_ID"],
        };
    }

    /// <summary>For commands that run without the web host (import, export): environment variables only.</summary>
    public static GoalStoreOptions FromEnvironment() => From(new ConfigurationBuilder().AddEnvironmentVariables().Build());
}
