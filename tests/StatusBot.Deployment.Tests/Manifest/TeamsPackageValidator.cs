using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace StatusBot.Deployment.Tests.Manifest;

/// <summary>
/// Checks a Teams app package (zip) the way Teams admin centre would, plus StatusBot's own requirements:
/// files at the zip root, manifest valid against the official schema, icon sizes, an outline icon that is
/// white on transparent only, the bot's scopes and commands, ids and domain. Returns every problem found
/// (empty = valid), in plain words, so a failing test says what is wrong.
/// </summary>
public static partial class TeamsPackageValidator
{
    public const int ColorIconSize = 192;
    public const int OutlineIconSize = 32;
    // Teams' documented limits for bot commands (stricter than the 1.29 schema's 128/4000).
    public const int CommandTitleMaxLength = 32;
    public const int CommandDescriptionMaxLength = 128;

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
        problems.AddRange(ManifestSchema.Validate(manifestText, schemaPath).Select(e => "schema: " + e));
        if (manifestText.Contains("{{", StringComparison.Ordinal))
            problems.Add("manifest: a {{PLACEHOLDER}} was not filled in");

        JsonElement manifest;
        try { manifest = JsonDocument.Parse(manifestText).RootElement.Clone(); }
        catch (JsonException ex)
        {
            problems.Add("manifest: not JSON: " + ex.Message);
            return problems;
        }

        CheckIcons(manifest, entries, problems);
        CheckBot(manifest, requirements, problems);
        CheckLocalisationFiles(manifest, entries, problems);
        return problems;
    }

    private static void CheckIcons(JsonElement manifest, Dictionary<string, ZipArchiveEntry> entries, List<string> problems)
    {
        if (!manifest.TryGetProperty("icons", out var icons)) return; // the schema reports it
        CheckIcon(icons, "color", entries, problems, (image, problemsOut) =>
        {
            if (image.Width != ColorIconSize || image.Height != ColorIconSize)
                problemsOut.Add($"icons.color: {image.Width}×{image.Height}, must be {ColorIconSize}×{ColorIconSize}");
        });
        CheckIcon(icons, "outline", entries, problems, (image, problemsOut) =>
        {
            if (image.Width != OutlineIconSize || image.Height != OutlineIconSize)
                problemsOut.Add($"icons.outline: {image.Width}×{image.Height}, must be {OutlineIconSize}×{OutlineIconSize}");
            problemsOut.AddRange(OutlineColours(image));
        });
    }

    private static void CheckIcon(JsonElement icons, string kind, Dictionary<string, ZipArchiveEntry> entries,
        List<string> problems, Action<Image<Rgba32>, List<string>> check)
    {
        if (!icons.TryGetProperty(kind, out var pathElement) || pathElement.GetString() is not { } path) return;
        if (!entries.TryGetValue(path, out var entry))
        {
            problems.Add($"icons.{kind}: '{path}' is not in the zip root");
            return;
        }
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        try
        {
            using var image = Image.Load<Rgba32>(buffer, out var format);
            if (format.Name != "PNG") problems.Add($"icons.{kind}: '{path}' is {format.Name}, must be PNG");
            check(image, problems);
        }
        catch (UnknownImageFormatException)
        {
            problems.Add($"icons.{kind}: '{path}' is not an image");
        }
    }

    /// <summary>Teams recolours the outline icon: every visible pixel must be pure white, the rest transparent.</summary>
    private static IEnumerable<string> OutlineColours(Image<Rgba32> image)
    {
        int coloured = 0, visible = 0, transparent = 0;
        (int X, int Y)? firstColoured = null;
        for (var y = 0; y < image.Height; y++)
        for (var x = 0; x < image.Width; x++)
        {
            var p = image[x, y];
            if (p.A == 0) { transparent++; continue; }
            visible++;
            if (p.R != 255 || p.G != 255 || p.B != 255)
            {
                coloured++;
                firstColoured ??= (x, y);
            }
        }
        if (coloured > 0)
            yield return $"icons.outline: {coloured} visible pixel(s) are not white (first at {firstColoured}); only white and transparent are allowed";
        if (visible == 0) yield return "icons.outline: fully transparent, nothing to show";
        if (transparent == 0) yield return "icons.outline: no transparent pixels; the background must be transparent";
    }

    private static void CheckBot(JsonElement manifest, PackageRequirements requirements, List<string> problems)
    {
        if (!manifest.TryGetProperty("bots", out var bots) || bots.GetArrayLength() != 1)
        {
            problems.Add("bots: exactly one bot is required");
            return;
        }
        var bot = bots[0];
        var botId = bot.TryGetProperty("botId", out var idElement) ? idElement.GetString() : null;
        if (botId is null || !Guid().IsMatch(botId)) problems.Add($"bots[0].botId: '{botId}' is not a GUID");
        if (requirements.BotId is { } expectedBot && !string.Equals(botId, expectedBot, StringComparison.OrdinalIgnoreCase))
            problems.Add($"bots[0].botId: '{botId}', expected '{expectedBot}'");

        var botScopes = Strings(bot, "scopes");
        foreach (var scope in requirements.Scopes.Where(s => !botScopes.Contains(s)))
            problems.Add($"bots[0].scopes: '{scope}' is missing");

        var lists = bot.TryGetProperty("commandLists", out var l) ? l.EnumerateArray().ToList() : [];
        foreach (var scope in requirements.Scopes)
        {
            var titles = lists.Where(list => Strings(list, "scopes").Contains(scope))
                .SelectMany(list => list.GetProperty("commands").EnumerateArray())
                .Select(c => c.GetProperty("title").GetString()?.Trim() ?? "")
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var command in requirements.Commands.Where(c => !titles.Contains(c)))
                problems.Add($"bots[0].commandLists: command '{command}' is missing for scope '{scope}'");
        }
        foreach (var command in lists.SelectMany(list => list.GetProperty("commands").EnumerateArray()))
        {
            var title = command.GetProperty("title").GetString() ?? "";
            if (title.Length > CommandTitleMaxLength)
                problems.Add($"command '{title}': title longer than {CommandTitleMaxLength} characters");
            var description = command.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";
            if (description.Length > CommandDescriptionMaxLength)
                problems.Add($"command '{title}': description longer than {CommandDescriptionMaxLength} characters");
        }

        var webAppId = manifest.TryGetProperty("webApplicationInfo", out var web) && web.TryGetProperty("id", out var w)
            ? w.GetString() : null;
        if (!string.Equals(webAppId, botId, StringComparison.OrdinalIgnoreCase))
            problems.Add($"webApplicationInfo.id: '{webAppId}' must be the bot's app id '{botId}' (Graph permissions belong to it)");

        var domains = Strings(manifest, "validDomains");
        if (requirements.Domain is { } domain && !domains.Contains(domain))
            problems.Add($"validDomains: '{domain}' is missing");
        foreach (var bad in domains.Where(d => d.Contains("://", StringComparison.Ordinal) || d.Contains('/')))
            problems.Add($"validDomains: '{bad}' must be a bare host name");
    }

    private static void CheckLocalisationFiles(JsonElement manifest, Dictionary<string, ZipArchiveEntry> entries, List<string> problems)
    {
        if (!manifest.TryGetProperty("localizationInfo", out var info)
            || !info.TryGetProperty("additionalLanguages", out var languages)) return;
        foreach (var language in languages.EnumerateArray())
        {
            var file = language.GetProperty("file").GetString() ?? "";
            if (!entries.TryGetValue(file, out var entry))
            {
                problems.Add($"localizationInfo: '{file}' is not in the zip root");
                continue;
            }
            try { JsonDocument.Parse(ReadText(entry)).Dispose(); }
            catch (JsonException ex) { problems.Add($"localizationInfo: '{file}' is not JSON: {ex.Message}"); }
        }
    }

    private static HashSet<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString() ?? "").ToHashSet(StringComparer.Ordinal)
            : [];

    private static string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")]
    private static partial Regex Guid();
}
