using System.Globalization;
using System.Text.RegularExpressions;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;

namespace StatusBot.Mcp.Tools;

/// <summary>Reads the tools' string arguments; a value that cannot be read is an <see cref="ArgumentException"/> with a Swedish message.</summary>
internal static partial class ToolArguments
{
    [GeneratedRegex(@"^\s*(?:(T1|T2|VB)\s*)?(\d{4})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();

    /// <summary>"T2 2024", "T2", "VB", "2024" (also "2024 T2"); null or empty = not named.</summary>
    public static PeriodScope? Period(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var normalised = words is [var a, var b] && char.IsDigit(a[0]) ? $"{b} {a}" : text;
        var match = PeriodPattern().Match(normalised);
        if (!match.Success || (match.Groups[1].Length == 0 && match.Groups[2].Length == 0))
            throw new ArgumentException($"Perioden \"{text}\" förstår jag inte. Skriv T1, T2 eller VB, gärna med år: \"T2 2024\".");
        PeriodKind? kind = match.Groups[1].Length > 0 ? Enum.Parse<PeriodKind>(match.Groups[1].Value, ignoreCase: true) : null;
        int? year = match.Groups[2].Length > 0 ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        return new PeriodScope(kind, year);
    }

    /// <summary>"nämndmål", "namndmal", "enhetsmål", "inriktningsmål", "verksamhetsområdesmål".</summary>
    public static GoalLevel? Level(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var token = Fold(text).Replace("kf:s ", "").Replace(" ", "");
        return token switch
        {
            "namndmal" or "namnd" => GoalLevel.Namndmal,
            "enhetsmal" or "enhet" => GoalLevel.Enhetsmal,
            "inriktningsmal" or "inriktning" => GoalLevel.Inriktningsmal,
            "verksamhetsomradesmal" or "verksamhetsomrade" or "malforverksamhetsomradet" => GoalLevel.Verksamhetsomradesmal,
            _ => throw new ArgumentException($"Målnivån \"{text}\" finns inte. Välj nämndmål, enhetsmål, inriktningsmål eller verksamhetsområdesmål."),
        };
    }

    /// <summary>"uppfylls helt", "helt", "delvis", "inte" (also "ej").</summary>
    public static Bedomning? Assessment(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return Fold(text).Replace("uppfylls", "").Replace("uppfyllt", "").Trim() switch
        {
            "helt" => Bedomning.UppfyllsHelt,
            "delvis" => Bedomning.UppfyllsDelvis,
            "inte" or "ej" => Bedomning.UppfyllsInte,
            _ => throw new ArgumentException($"Bedömningen \"{text}\" finns inte. Välj \"uppfylls helt\", \"uppfylls delvis\" eller \"uppfylls inte\"."),
        };
    }

    private static string Fold(string text) =>
        text.Trim().ToLowerInvariant().Replace('ä', 'a').Replace('å', 'a').Replace('ö', 'o');
}
