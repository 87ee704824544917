using System.Text.Json;
using System.Text.RegularExpressions;

namespace StatusBot.Deployment.Tests.Manifest;

/// <summary>StatusBot's rules for the bot part of the manifest: one bot, its scopes and commands, ids, domain.</summary>
public static partial class BotRules
{
    // Teams' documented limits for bot commands (stricter than the 1.29 schema's 128/4000).
    public const int CommandTitleMaxLength = 32;
    public const int CommandDescriptionMaxLength = 128;

    public static IEnumerable<string> Check(JsonElement manifest, PackageRequirements requirements)
    {
        if (!manifest.TryGetProperty("bots", out var bots) || bots.GetArrayLength() != 1)
        {
            yield return "bots: exactly one bot is required";
            yield break;
        }
        var bot = bots[0];
        var botId = bot.TryGetProperty("botId", out var idElement) ? idElement.GetString() : null;
        if (botId is null || !Guid().IsMatch(botId)) yield return $"bots[0].botId: '{botId}' is not a GUID";
        if (requirements.BotId is { } expectedBot && !string.Equals(botId, expectedBot, StringComparison.OrdinalIgnoreCase))
            yield return $"bots[0].botId: '{botId}', expected '{expectedBot}'";

        var botScopes = Strings(bot, "scopes");
        foreach (var scope in requirements.Scopes.Where(s => !botScopes.Contains(s)))
            yield return $"bots[0].scopes: '{scope}' is missing";

        var lists = bot.TryGetProperty("commandLists", out var l) ? l.EnumerateArray().ToList() : [];
        foreach (var scope in requirements.Scopes)
        {
            var titles = lists.Where(list => Strings(list, "scopes").Contains(scope))
                .SelectMany(list => list.GetProperty("commands").EnumerateArray())
                .Select(c => c.GetProperty("title").GetString()?.Trim() ?? "")
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var command in requirements.Commands.Where(c => !titles.Contains(c)))
                yield return $"bots[0].commandLists: command '{command}' is missing for scope '{scope}'";
        }
        foreach (var command in lists.SelectMany(list => list.GetProperty("commands").EnumerateArray()))
        {
            var title = command.GetProperty("title").GetString() ?? "";
            if (title.Length > CommandTitleMaxLength)
                yield return $"command '{title}': title longer than {CommandTitleMaxLength} characters";
            var description = command.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";
            if (description.Length > CommandDescriptionMaxLength)
                yield return $"command '{title}': description longer than {CommandDescriptionMaxLength} characters";
        }

        var webAppId = manifest.TryGetProperty("webApplicationInfo", out var web) && web.TryGetProperty("id", out var w)
            ? w.GetString() : null;
        if (!string.Equals(webAppId, botId, StringComparison.OrdinalIgnoreCase))
            yield return $"webApplicationInfo.id: '{webAppId}' must be the bot's app id '{botId}' (Graph permissions belong to it)";

        var domains = Strings(manifest, "validDomains");
        if (requirements.Domain is { } domain && !domains.Contains(domain))
            yield return $"validDomains: '{domain}' is missing";
        foreach (var bad in domains.Where(d => d.Contains("://", StringComparison.Ordinal) || d.Contains('/')))
            yield return $"validDomains: '{bad}' must be a bare host name";
    }

    private static HashSet<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString() ?? "").ToHashSet(StringComparer.Ordinal)
            : [];

    [GeneratedRegex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")]
    private static partial Regex Guid();
}
