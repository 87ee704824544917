using System.Globalization;

namespace StatusBot.Application.Text;

/// <summary>
/// Lower-casing, folding and tokenising shared by the question parser and the goal index, so both sides of a
/// comparison see words the same way.
/// </summary>
public static class SwedishText
{
    /// <summary>
    /// Folds å→a, ä→a, ö→o (and a few Latin accents) one character for one character, so offsets in the folded
    /// text are offsets in the original: the parser matches on the folded form and slices the original.
    /// </summary>
    public static string Fold(string lower)
    {
        var chars = lower.ToCharArray();
        for (var i = 0; i < chars.Length; i++) chars[i] = FoldChar(chars[i]);
        return new string(chars);
    }

    public static char FoldChar(char c) => c switch
    {
        'å' or 'ä' or 'à' or 'á' or 'â' or 'æ' => 'a',
        'ö' or 'ø' or 'ó' or 'ò' or 'ô' => 'o',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'ü' or 'ú' => 'u',
        'í' or 'ï' => 'i',
        _ => c,
    };

    /// <summary>Words (letters and digits) in lower case; hyphens and punctuation separate words.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0) start = i;
            else if (!isWordChar && start >= 0)
            {
                words.Add(text[start..i].ToLower(CultureInfo.InvariantCulture));
                start = -1;
            }
        }
        return words;
    }

    public static bool IsAllDigits(string word)
    {
        foreach (var c in word)
            if (!char.IsDigit(c)) return false;
        return word.Length > 0;
    }
}
