namespace StatusBot.Import.Structure;

/// <summary>
/// KF's three inriktningsmål. Their headings can run straight into prose with no blank line (hagersten
/// L403–405), so the heading is matched against these titles instead of being read up to a blank line.
/// </summary>
internal static class InriktningsmalTitles
{
    public static readonly IReadOnlyList<string> Known =
    [
        "Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden",
        "Ett grönt och fossilfritt Stockholm som leder en rättvis klimatomställning",
        "Ett Stockholm med en stabil och hållbar ekonomi med utbildning, jobb och bostäder för alla",
    ];

    /// <summary>
    /// Finds the known title that <paramref name="text"/> starts with (ignoring case, spaces, hyphens and a final
    /// full stop) and returns how many characters of <paramref name="text"/> it covers.
    /// </summary>
    public static bool TryMatchStart(string text, out int titleIndex, out int length)
    {
        for (var t = 0; t < Known.Count; t++)
        {
            var key = TitleKey.Of(Known[t]);
            var consumed = 0;
            var matched = 0;
            while (consumed < text.Length && matched < key.Length)
            {
                var c = text[consumed];
                if (TitleKey.Ignored(c)) { consumed++; continue; }
                if (char.ToLowerInvariant(c) != key[matched]) break;
                consumed++;
                matched++;
            }
            if (matched == key.Length)
            {
                if (consumed < text.Length && text[consumed] == '.') consumed++;
                titleIndex = t;
                length = consumed;
                return true;
            }
        }
        titleIndex = -1;
        length = 0;
        return false;
    }
}
