using System.Globalization;
using System.Text.RegularExpressions;

namespace StatusBot.Storage.Migrations;

/// <summary>
/// Reads the numbered migrations of one dialect from the embedded resources
/// ("Migrations/Sqlite/0001_goal_store.sql" → version 1, name "goal_store").
/// </summary>
internal static partial class MigrationCatalog
{
    [GeneratedRegex(@"^(\d{4})_([a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();

    public static IReadOnlyList<Migration> For(string dialectFolder)
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var prefix = $"StatusBot.Storage.Migrations.{dialectFolder}/";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var match = FileName().Match(resource[prefix.Length..]);
            if (!match.Success) throw new InvalidOperationException($"Migration resource '{resource}' is not named NNNN_name.sql.");
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd()));
        }
        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"{dialectFolder} migrations must be numbered 1, 2, 3… without gaps; found {migrations[i].Version} at place {i + 1}.");
        if (migrations.Count == 0) throw new InvalidOperationException($"No embedded migrations for {dialectFolder}.");
        return migrations;
    }
}
