using StatusBot.Domain.People;

namespace StatusBot.Storage.Tests.Contract;

/// <summary>The stored responsibilities (IResponsibilityStore) part of the contract: both engines run these too.</summary>
public abstract partial class GoalStoreContract
{
    private const string Hagersten = "Hägersten-Älvsjö";
    private const string Skarholmen = "Skärholmen";

    private static Responsibility Owner(string organisation, int year, string goal, string upn, ResponsibilityRole role = ResponsibilityRole.Ansvarig) =>
        new(organisation, year, goal, new PersonRef(upn), role);

    private static Responsibility Coordinator(string organisation, int year, string upn) =>
        new(organisation, year, null, new PersonRef(upn), ResponsibilityRole.Coordinator);

    [Fact]
    public async Task Responsibilities_replace_round_trips_every_field_and_role()
    {
        await using var store = await MigratedStoreAsync();
        Responsibility[] imported =
        [
            Owner(Hagersten, 2026, "3.6.1", "anna.andersson@stockholm.se"),
            new(Hagersten, 2026, "3.6.2", new PersonRef("bo.berg@stockholm.se") { AadObjectId = "oid-bo", DisplayName = "Bo Berg" }, ResponsibilityRole.Delegate),
            Coordinator(Hagersten, 2026, "cecilia.controller@stockholm.se"),
        ];

        await store.ReplaceAsync(Hagersten, 2026, imported);

        Assert.Equal(imported, await store.AllAsync());
    }

    [Fact]
    public async Task Responsibilities_replace_touches_only_that_organisation_and_year()
    {
        await using var store = await MigratedStoreAsync();
        await store.ReplaceAsync(Hagersten, 2026, [Owner(Hagersten, 2026, "3.6.1", "old@stockholm.se"), Owner(Hagersten, 2026, "1.1.1", "old2@stockholm.se")]);
        await store.ReplaceAsync(Hagersten, 2025, [Owner(Hagersten, 2025, "3.6.1", "lastyear@stockholm.se")]);
        await store.ReplaceAsync(Skarholmen, 2026, [Owner(Skarholmen, 2026, "3.6.1", "neighbour@stockholm.se")]);

        await store.ReplaceAsync(Hagersten, 2026, [Owner(Hagersten, 2026, "3.6.1", "new@stockholm.se")]);

        var upns = (await store.AllAsync()).Select(r => r.Person.Upn).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["lastyear@stockholm.se", "neighbour@stockholm.se", "new@stockholm.se"], upns);
    }

    [Fact]
    public async Task Responsibilities_replace_with_nothing_empties_that_organisation_and_year()
    {
        await using var store = await MigratedStoreAsync();
        await store.ReplaceAsync(Hagersten, 2026, [Owner(Hagersten, 2026, "3.6.1", "anna@stockholm.se")]);

        await store.ReplaceAsync(Hagersten, 2026, []);

        Assert.Empty(await store.AllAsync());
    }

    [Fact]
    public async Task Responsibilities_replace_is_atomic_when_a_row_is_refused()
    {
        await using var store = await MigratedStoreAsync();
        await store.ReplaceAsync(Hagersten, 2026, [Owner(Hagersten, 2026, "3.6.1", "kept@stockholm.se")]);
        // The database's own CHECK refuses the role: the delete before it must be rolled back with it.
        var bad = Owner(Hagersten, 2026, "3.6.2", "new@stockholm.se", (ResponsibilityRole)99);

        await Assert.ThrowsAnyAsync<Exception>(() => store.ReplaceAsync(Hagersten, 2026, [Owner(Hagersten, 2026, "3.6.1", "new@stockholm.se"), bad]));

        Assert.Equal(["kept@stockholm.se"], (await store.AllAsync()).Select(r => r.Person.Upn));
    }

    [Fact]
    public async Task Responsibilities_replace_refuses_rows_of_another_organisation_or_year()
    {
        await using var store = await MigratedStoreAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.ReplaceAsync(Hagersten, 2026, [Owner(Skarholmen, 2026, "3.6.1", "x@stockholm.se")]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ReplaceAsync(Hagersten, 2026, [Owner(Hagersten, 2025, "3.6.1", "x@stockholm.se")]));
        Assert.Empty(await store.AllAsync());
    }

    [Fact]
    public async Task Resolved_person_fills_object_id_and_name_of_responsibilities_named_by_upn()
    {
        await using var store = await MigratedStoreAsync();
        await store.ReplaceAsync(Hagersten, 2026, [Owner(Hagersten, 2026, "3.6.1", "Anna.Andersson@Stockholm.se")]);

        await store.SaveResolvedPersonAsync(new PersonRef("anna.andersson@stockholm.se") { AadObjectId = "oid-anna", DisplayName = "Anna Andersson" }, "chef@stockholm.se");

        var person = Assert.Single(await store.AllAsync()).Person;
        Assert.Equal("Anna.Andersson@Stockholm.se", person.Upn);
        Assert.Equal("oid-anna", person.AadObjectId);
        Assert.Equal("Anna Andersson", person.DisplayName);
    }

    [Fact]
    public async Task Resolved_person_is_upserted_case_insensitively()
    {
        await using var store = await MigratedStoreAsync();
        await store.ReplaceAsync(Hagersten, 2026, [Owner(Hagersten, 2026, "3.6.1", "anna@stockholm.se")]);

        await store.SaveResolvedPersonAsync(new PersonRef("anna@stockholm.se") { AadObjectId = "oid-old", DisplayName = "Anna" }, null);
        await store.SaveResolvedPersonAsync(new PersonRef("ANNA@stockholm.se") { AadObjectId = "oid-new", DisplayName = "Anna A" }, "chef@stockholm.se");

        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM people"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM people WHERE manager_upn = 'chef@stockholm.se' AND aad_object_id = 'oid-new'"));
        Assert.Equal("oid-new", Assert.Single(await store.AllAsync()).Person.AadObjectId);
    }
}
