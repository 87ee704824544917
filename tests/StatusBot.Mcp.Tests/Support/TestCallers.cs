namespace StatusBot.Mcp.Tests.Support;

/// <summary>The people the tests call as, and the responsibilities that give them roles.</summary>
internal static class TestCallers
{
    public const string Enskede = "Enskede-Årsta-Vantörs stadsdelsnämnd";
    public const string Hagersten = "Hägersten-Älvsjö stadsdelsnämnd";

    /// <summary>Ansvarig for nämndmål 3.6.1 and delegate for 3.2.1 in Enskede-Årsta-Vantör 2023.</summary>
    public const string EnskedeChief = "11111111-1111-4111-8111-111111111111";

    /// <summary>Coordinator of Hägersten-Älvsjö 2024, no role in Enskede-Årsta-Vantör.</summary>
    public const string HagerstenCoordinator = "22222222-2222-4222-8222-222222222222";

    /// <summary>In the tenant, but responsible for nothing.</summary>
    public const string Outsider = "33333333-3333-4333-8333-333333333333";

    public static IEnumerable<KeyValuePair<string, string?>> Responsibilities()
    {
        var rows = new (string Organisation, int Year, string? Goal, string ObjectId, string Role)[]
        {
            (Enskede, 2023, "3.6.1", EnskedeChief, "Ansvarig"),
            (Enskede, 2023, "3.2.1", EnskedeChief, "Delegate"),
            (Hagersten, 2024, null, HagerstenCoordinator, "Coordinator"),
        };
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            yield return new($"Responsibilities:{i}:Organisation", r.Organisation);
            yield return new($"Responsibilities:{i}:Year", r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (r.Goal is not null) yield return new($"Responsibilities:{i}:Goal", r.Goal);
            yield return new($"Responsibilities:{i}:AadObjectId", r.ObjectId);
            yield return new($"Responsibilities:{i}:Upn", $"{r.ObjectId[..8]}@example.com");
            yield return new($"Responsibilities:{i}:Role", r.Role);
        }
    }
}
