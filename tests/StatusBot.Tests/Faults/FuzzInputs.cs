using System.Text;

namespace StatusBot.Tests.Faults;

/// <summary>
/// Deterministic hostile inputs for fuzzing: a fixed seed per test makes any failure reproduce exactly.
/// </summary>
internal static class FuzzInputs
{
    // Characters chosen because parsers stumble on them: NUL, controls, RTL marks, combining marks,
    // lone surrogates, digits and separators that look like goal numbers, Swedish letters.
    private static readonly string[] Hostile =
    [
        "\0", "\u0001", "\t", "\r\n", "\u200F", "\u202E", "\u0301", "\u0308", "\uD800", "\uDC00", "\uFFFD", "\uFEFF",
        "ä", "ö", "å", "Ä", "ß", "ﬁ", "İ", "ı", "\u0663", "３", ".", ",", "-", "–", ":", "?", "\"", "<at>", "</at>",
        "مرحبا", "שלום", "😀", "1", "3.6.1", "9999999999999999999999", " ", "  ", "%", "\\", "{", "}",
    ];

    private static readonly string[] Words =
    [
        "hur", "går", "nämndmål", "mål", "inriktningsmål", "verksamhetsområdesmål", "T1", "T2", "VB", "2024", "i",
        "mina", "lista", "alla", "indikatorer", "aktiviteter", "hjälp", "hej", "påminnelser", "pausa", "uppfylls",
        "delvis", "Enskede-Årsta-Vantör", "Hägersten-Älvsjö", "sjukfrånvaro", "trygghet", "för", "med", "det",
    ];

    public static string RandomString(Random random, int maxLength)
    {
        var length = random.Next(maxLength + 1);
        var sb = new StringBuilder(length);
        while (sb.Length < length)
        {
            switch (random.Next(4))
            {
                case 0: sb.Append((char)random.Next(0, 0x10000)); break; // any UTF-16 unit, incl. lone surrogates
                case 1: sb.Append(Hostile[random.Next(Hostile.Length)]); break;
                case 2: sb.Append(Words[random.Next(Words.Length)]).Append(' '); break;
                default: sb.Append((char)random.Next(0x20, 0x7F)); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>A real question with characters inserted, deleted, replaced or duplicated.</summary>
    public static string Mutate(Random random, string text)
    {
        var sb = new StringBuilder(text);
        var edits = 1 + random.Next(5);
        for (var i = 0; i < edits; i++)
        {
            var at = sb.Length == 0 ? 0 : random.Next(sb.Length);
            switch (random.Next(5))
            {
                case 0: sb.Insert(at, Hostile[random.Next(Hostile.Length)]); break;
                case 1 when sb.Length > 0: sb.Remove(at, Math.Min(1 + random.Next(4), sb.Length - at)); break;
                case 2 when sb.Length > 0: sb[at] = (char)random.Next(0, 0x10000); break;
                case 3: sb.Insert(at, Words[random.Next(Words.Length)] + " "); break;
                default: sb.Insert(at, sb.ToString(at, Math.Min(8, sb.Length - at))); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>A document with lines deleted, duplicated, swapped, headers inserted or the tail cut off.</summary>
    public static string MutateDocument(Random random, string[] lines, string[] headers)
    {
        var result = new List<string>(lines);
        var edits = 1 + random.Next(12);
        for (var i = 0; i < edits && result.Count > 0; i++)
        {
            var at = random.Next(result.Count);
            switch (random.Next(7))
            {
                case 0: result.RemoveAt(at); break;
                case 1: result.Insert(at, result[random.Next(result.Count)]); break;
                case 2:
                    var other = random.Next(result.Count);
                    (result[at], result[other]) = (result[other], result[at]);
                    break;
                case 3: result.Insert(at, headers[random.Next(headers.Length)]); break;
                case 4: result.RemoveRange(at, result.Count - at); break; // truncate
                case 5: result[at] = Mutate(random, result[at]); break;
                default: result.Insert(at, RandomString(random, 80)); break;
            }
        }
        return string.Join('\n', result);
    }
}
