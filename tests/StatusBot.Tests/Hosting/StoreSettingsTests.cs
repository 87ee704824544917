using Microsoft.Extensions.Configuration;
using StatusBot.Hosting;
using StatusBot.Storage.Postgres;
using StatusBot.Storage;

namespace StatusBot.Tests.Hosting;

/// <summary>The store's login settings as operators write them (docs/operations.md).</summary>
public sealed class StoreSettingsTests
{
    [Theory]
    [InlineData(null, PostgresAuthentication.Auto)]
    [InlineData("", PostgresAuthentication.Auto)]
    [InlineData("entra", PostgresAuthentication.Entra)]
    [InlineData("Password", PostgresAuthentication.Password)]
    public void The_authentication_mode_is_read_case_insensitively(string? value, PostgresAuthentication expected) =>
        Assert.Equal(expected, StoreSettings.From(Config(("StoreAuthentication", value))).PostgresAuthentication);

    [Fact]
    public void An_unknown_mode_is_refused_in_Swedish_rather_than_guessed()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StoreSettings.From(Config(("StoreAuthentication", "Kerberos"))));
        Assert.Contains("Auto, Password eller Entra", error.Message);
    }

    [Fact]
    public void The_store_identity_wins_over_AZURE_CLIENT_ID_which_is_the_fallback()
    {
        Assert.Equal("store-id", StoreSettings.From(Config(("Store:ManagedIdentityClientId", "store-id"), ("AZURE_CLIENT_ID", "azure-id"))).ManagedIdentityClientId);
        Assert.Equal("azure-id", StoreSettings.From(Config(("AZURE_CLIENT_ID", "azure-id"))).ManagedIdentityClientId);
        Assert.Null(StoreSettings.From(Config()).ManagedIdentityClientId);
    }

    [Fact]
    public void The_store_identity_can_sit_beside_the_Store_connection_string()
    {
        var configuration = Config(("Store", "Host=psql-x.postgres.database.azure.com;Username=id"), ("Store:ManagedIdentityClientId", "store-id"));
        Assert.Equal("Host=psql-x.postgres.database.azure.com;Username=id", configuration["Store"]);
        Assert.Equal("store-id", StoreSettings.From(configuration).ManagedIdentityClientId);
    }

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
