using System.Text.RegularExpressions;

namespace StatusBot.Import.Tests.Seeds;

/// <summary>Edits a seed text and fails the test if the edit did not apply, so that no mutation test passes vacuously.</summary>
internal static class Mutation
{
    public static string Mutate(this string text, string pattern, string replacement, int expectedAtLeast = 1) =>
        text.Mutate(pattern, m => m.Result(replacement), expectedAtLeast);

    public static string Mutate(this string text, string pattern, MatchEvaluator replacement, int expectedAtLeast = 1)
    {
        var count = Regex.Matches(text, pattern, RegexOptions.Multiline).Count;
        Assert.True(count >= expectedAtLeast, $"Pattern /{pattern}/ matched {count} times, expected at least {expectedAtLeast}.");
        return Regex.Replace(text, pattern, replacement, RegexOptions.Multiline);
    }

    /// <summary>Inserts <paramref name="insertion"/> after the first line that equals <paramref name="lineText"/> (trailing space ignored).</summary>
    public static string InsertAfterLine(this string text, string lineText, string insertion)
    {
        var lines = text.Split('\n').ToList();
        var index = lines.FindIndex(l => l.TrimEnd() == lineText.TrimEnd());
        Assert.True(index >= 0, $"Line \"{lineText}\" not found.");
        lines.Insert(index + 1, insertion);
        return string.Join('\n', lines);
    }

    /// <summary>Every year 2015–2035 moved by <paramref name="delta"/> (dates, headers, titles alike).</summary>
    public static string ShiftYears(this string text, int delta) =>
        text.Mutate(@"(?<!\d)20(1[5-9]|2\d|3[0-5])(?!\d)", m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) + delta).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
