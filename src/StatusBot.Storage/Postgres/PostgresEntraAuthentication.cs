using Azure.Core;
using Azure.Identity;
using Npgsql;

namespace StatusBot.Storage.Postgres;

/// <summary>
/// Entra (managed identity) login to Azure Database for PostgreSQL: the access token is the password. Npgsql's
/// periodic password provider fetches it before the first connection and renews it well before it expires.
/// </summary>
public static class PostgresEntraAuthentication
{
    /// <summary>The resource every Azure Database for PostgreSQL server accepts tokens for.</summary>
    public const string Scope = "https://ossrdbms-aad.database.windows.net/.default";

    /// <summary>Tokens live 60–90 minutes; renewing hourly keeps new connections on a valid one.</summary>
    private static readonly TimeSpan RenewEvery = TimeSpan.FromMinutes(50);

    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(10);

    /// <summary>A password in the string always wins; otherwise <paramref name="mode"/> decides (Auto: Azure hosts only).</summary>
    public static bool IsWanted(NpgsqlConnectionStringBuilder connection, PostgresAuthentication mode) =>
        string.IsNullOrEmpty(connection.Password) && mode switch
        {
            PostgresAuthentication.Entra => true,
            PostgresAuthentication.Password => false,
            _ => IsAzureDatabaseHost(connection.Host),
        };

    /// <summary>Installs the token provider when <see cref="IsWanted"/>; returns whether it did.</summary>
    public static bool Configure(NpgsqlDataSourceBuilder builder, GoalStoreOptions options)
    {
        if (!IsWanted(builder.ConnectionStringBuilder, options.PostgresAuthentication)) return false;
        var credential = options.Credential ?? CredentialFor(options.ManagedIdentityClientId ?? Environment.GetEnvironmentVariable("AZURE_CLIENT_ID"));
        var request = new TokenRequestContext([Scope]);
        builder.UsePeriodicPasswordProvider(
            async (_, ct) => (await credential.GetTokenAsync(request, ct)).Token, RenewEvery, RetryAfterFailure);
        return true;
    }

    // In Azure the identity is known: asking it directly avoids DefaultAzureCredential's probing of other sources.
    private static TokenCredential CredentialFor(string? clientId) => string.IsNullOrWhiteSpace(clientId)
        ? new DefaultAzureCredential()
        : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));

    private static bool IsAzureDatabaseHost(string? host) =>
        host?.Split(',').All(h => h.Trim().Split(':')[0].EndsWith(".postgres.database.azure.com", StringComparison.OrdinalIgnoreCase)) == true;
}
