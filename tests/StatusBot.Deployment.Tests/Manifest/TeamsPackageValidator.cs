using System.IO.Compression;
using System.Text.Json;

namespace StatusBot.Deployment.Tests.Manifest;

/// <summary>
/// Checks a Teams app package (zip) the way Teams admin centre would, plus StatusBot's own requirements:
/// files at the zip root, manifest valid against the official schema, icons (<see cref="IconRules"/>), the bot's
/// scopes, commands, ids and domain (<see cref="BotRules"/>). Returns every problem found (empty = valid), in
/// plain words, so that a failing test says what is wrong.
/// </summary>
public static class TeamsPackageValidator
{
    public static IReadOnlyList<string> Validate(string zipPath, string schemaPath, PackageRequirements requirements)
    {
        var problems = new List<string>();
        using var zip = ZipFile.OpenRead(zipPath);
        var entries = zip.Entries.ToDictionary(e => e.FullName, StringComparer.Ordinal);

        foreach (var name in entries.Keys.Where(n => n.Contains('/') || n.Contains('\\')))
            problems.Add($"zip: '{name}' is in a folder; Teams needs every file at the zip root");
        if (!entries.TryGetValue("manifest.json", out var manifestEntry))
        {
            problems.Add("zip: manifest.json is missing at the zip root");
            return problems;
        }

        var manifestText = ReadText(manifestEntry);
        JsonElement manifest;
        try { manifest = JsonDocument.Parse(manifestText).RootElement.Clone(); }
        catch (JsonException ex)
        {
            problems.Add("manifest: not JSON: " + ex.Message);
            return problems;
        }
        problems.AddRange(ManifestSchema.Validate(manifestText, schemaPath).Select(e => "schema: " + e));
        if (manifestText.Contains("{{", StringComparison.Ordinal))
            problems.Add("manifest: a {{PLACEHOLDER}} was not filled in");

        problems.AddRange(IconRules.Check(manifest, entries));
        problems.AddRange(BotRules.Check(manifest, requirements));
        problems.AddRange(LocalisationFiles(manifest, entries));
        return problems;
    }

    private static IEnumerable<string> LocalisationFiles(JsonElement manifest, Dictionary<string, ZipArchiveEntry> entries)
    {
        if (!manifest.TryGetProperty("localizationInfo", out var info)
            || !info.TryGetProperty("additionalLanguages", out var languages)) yield break;
        foreach (var language in languages.EnumerateArray())
        {
            var file = language.GetProperty("file").GetString() ?? "";
            if (!entries.TryGetValue(file, out var entry))
            {
                yield return $"localizationInfo: '{file}' is not in the zip root";
                continue;
            }
            string? error = null;
            try { JsonDocument.Parse(ReadText(entry)).Dispose(); }
            catch (JsonException ex) { error = ex.Message; }
            if (error is not null) yield return $"localizationInfo: '{file}' is not JSON: {error}";
        }
    }

    internal static string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
