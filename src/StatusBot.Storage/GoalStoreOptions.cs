using Azure.Core;
using StatusBot.Storage.Postgres;

namespace StatusBot.Storage;

/// <summary>Settings of a store beyond its connection string (configuration keys: docs/operations.md).</summary>
public sealed record GoalStoreOptions
{
    /// <summary>PostgreSQL: when to log in with an Entra token (configuration <c>StoreAuthentication</c>).</summary>
    public PostgresAuthentication PostgresAuthentication { get; init; } = PostgresAuthentication.Auto;

    /// <summary>Client id of the user-assigned managed identity that logs in (<c>Store:ManagedIdentityClientId</c>, else <c>AZURE_CLIENT_ID</c>).</summary>
    public string? ManagedIdentityClientId { get; init; }

    /// <summary>The credential to take tokens from; null chooses one from <see cref="ManagedIdentityClientId"/>.</summary>
    public TokenCredential? Credential { get; init; }
}
