namespace StatusBot.Storage.Postgres;

/// <summary>How the app logs in to PostgreSQL when the connection string carries no password.</summary>
public enum PostgresAuthentication
{
    /// <summary>Entra token for Azure Database for PostgreSQL hosts (*.postgres.database.azure.com); otherwise as the string says.</summary>
    Auto,

    /// <summary>Exactly what the connection string says (password, trust, pgpass, PGPASSWORD).</summary>
    Password,

    /// <summary>An Entra access token as the password, renewed before it expires.</summary>
    Entra,
}
