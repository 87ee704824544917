using System.Text;

namespace StatusBot.Import.Text;

/// <summary>Splits exported text into numbered lines after refusing what is clearly not text.</summary>
internal static class SourceReader
{
    public static List<SourceLine> Read(string text, string sourceName)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ImportException(sourceName, 1, "Filen är tom – det finns ingen text att importera.");
        RejectBinary(text, sourceName);

        var normalised = new StringBuilder(text.Length);
        foreach (var c in text.AsSpan(text[0] == '\uFEFF' ? 1 : 0))
        {
            normalised.Append(c switch
            {
                // A form feed is a page break; it separates lines like a newline does.
                '\f' => '\n',
                '\t' or '\u00A0' or '\u202F' or '\u2007' => ' ',
                _ => c,
            });
        }
        var lines = normalised.ToString().Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var result = new List<SourceLine>(lines.Length);
        for (var i = 0; i < lines.Length; i++) result.Add(new SourceLine(i + 1, lines[i]));
        return result;
    }

    /// <summary>NUL bytes, replacement characters or many control characters mean a binary or mis-decoded file.</summary>
    private static void RejectBinary(string text, string sourceName)
    {
        var suspicious = 0;
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') line++;
            if (c == '\0')
                throw new ImportException(sourceName, line, "Filen innehåller binära data och är inte en textexport från ILS eller en PDF.");
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))) suspicious++;
        }
        if (suspicious > 16 && suspicious > text.Length / 100)
            throw new ImportException(sourceName, 1, "Filen ser inte ut att vara text (många otolkbara tecken). Spara den som UTF-8-text eller importera PDF:en.");
    }
}
