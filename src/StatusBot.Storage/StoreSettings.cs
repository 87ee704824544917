using Microsoft.Extensions.Configuration;
using StatusBot.Storage.Postgres;

namespace StatusBot.Storage;

/// <summary>Reads the store's login settings (docs/operations.md) from configuration or, for the command line, the environment.</summary>
public static class StoreSettings
{
    public const string StoreKey = "Store";
    public const string StoreVariable = "STATUSBOT_STORE";
    public const string DefaultStore = "statusbot.db";

    /// <summary>The store named by --store (or configuration key Store), else the STATUSBOT_STORE variable, else the default file.</summary>
    public static string Resolve(string? store) =>
        !string.IsNullOrWhiteSpace(store) ? store
        : Environment.GetEnvironmentVariable(StoreVariable) is { Length: > 0 } env ? env
        : DefaultStore;

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
}
