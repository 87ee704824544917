using Azure.Core;
using Npgsql;
using StatusBot.Storage.Postgres;

namespace StatusBot.Storage.Tests.Postgres;

/// <summary>
/// When the store logs in with an Entra token, decided without calling Azure; and that a chosen token source really
/// is asked for the PostgreSQL scope before the first connection (a fake credential against the test server).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresEntraAuthenticationTests(PostgresServer server)
{
    [Theory]
    // A password in the string always wins.
    [InlineData("Host=psql-statusbot-prod.postgres.database.azure.com;Username=id-statusbot;Password=x", PostgresAuthentication.Auto, false)]
    [InlineData("Host=db.example.se;Username=bot;Password=x", PostgresAuthentication.Entra, false)]
    // No password: Entra when asked for, or automatically for Azure Database for PostgreSQL hosts.
    [InlineData("Host=db.example.se;Username=id-statusbot;Ssl Mode=VerifyFull", PostgresAuthentication.Entra, true)]
    [InlineData("Host=psql-statusbot-prod.postgres.database.azure.com;Database=statusbot;Username=id-statusbot;Ssl Mode=VerifyFull", PostgresAuthentication.Auto, true)]
    [InlineData("Host=PSQL-X.Postgres.Database.Azure.com:5432;Username=id", PostgresAuthentication.Auto, true)]
    [InlineData("Host=psql-statusbot-prod.postgres.database.azure.com;Username=id-statusbot", PostgresAuthentication.Password, false)]
    [InlineData("Host=127.0.0.1;Port=55432;Username=postgres;Database=statusbot", PostgresAuthentication.Auto, false)]
    [InlineData("Host=postgres.database.azure.com.evil.example;Username=x", PostgresAuthentication.Auto, false)]
    public void Entra_is_used_only_without_a_password_and_when_enabled(string connectionString, PostgresAuthentication mode, bool expected) =>
        Assert.Equal(expected, PostgresEntraAuthentication.IsWanted(new NpgsqlConnectionStringBuilder(connectionString), mode));

    [Fact]
    public void A_password_means_no_token_provider_is_installed()
    {
        var credential = new RecordingCredential();
        var builder = new NpgsqlDataSourceBuilder("Host=psql-x.postgres.database.azure.com;Username=id;Password=secret");

        Assert.False(PostgresEntraAuthentication.Configure(builder, Entra(credential)));
        Assert.Empty(credential.Scopes);
    }

    [Fact]
    public async Task With_Entra_on_the_store_asks_the_credential_for_the_postgres_scope_and_works()
    {
        var credential = new RecordingCredential();
        // The test server trusts loopback, so any token is accepted: what is checked is that it was asked for.
        var connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Password = null }.ConnectionString;
        await using var store = new PostgresGoalStore(connectionString, options: Entra(credential));

        await store.MigrateAsync();

        Assert.True(store.UsesEntraAuthentication);
        Assert.True(await store.IsReadyAsync());
        Assert.NotEmpty(credential.Scopes);
        Assert.All(credential.Scopes, s => Assert.Equal([PostgresEntraAuthentication.Scope], s));
    }

    [Fact]
    public async Task Without_Entra_the_credential_is_never_asked()
    {
        var credential = new RecordingCredential();
        await using var store = new PostgresGoalStore(server.ConnectionString,
            options: new GoalStoreOptions { PostgresAuthentication = PostgresAuthentication.Password, Credential = credential });

        await store.MigrateAsync();

        Assert.False(store.UsesEntraAuthentication);
        Assert.Empty(credential.Scopes);
    }

    private static GoalStoreOptions Entra(TokenCredential credential) =>
        new() { PostgresAuthentication = PostgresAuthentication.Entra, Credential = credential };

    private sealed class RecordingCredential : TokenCredential
    {
        private readonly List<string[]> _scopes = [];

        public IReadOnlyList<string[]> Scopes { get { lock (_scopes) return [.. _scopes]; } }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (_scopes) _scopes.Add(requestContext.Scopes);
            return ValueTask.FromResult(new AccessToken("fake-entra-token", DateTimeOffset.UtcNow.AddHours(1)));
        }
    }
}
