namespace StatusBot.Import.Text;

/// <summary>
/// One line of the exported text with its 1-based line number. <see cref="Raw"/> keeps leading and trailing
/// spaces, because they carry meaning in these exports: a missing trailing space means the word continues on
/// the next line, and runs of spaces in a table row stand for empty cells (DOMAIN §8.6–8.7).
/// </summary>
internal readonly record struct SourceLine(int Number, string Raw)
{
    public string Text => Raw.Trim();

    /// <summary>Empty or only spaces.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Raw);

    /// <summary>A line of only spaces (not empty): in report tables these precede a row where a status symbol was lost.</summary>
    public bool IsSpaceOnly => Raw.Length > 0 && IsBlank;

    public bool EndsWithSpace => Raw.Length > 0 && char.IsWhiteSpace(Raw[^1]);

    public int LeadingSpaces
    {
        get
        {
            var i = 0;
            while (i < Raw.Length && Raw[i] == ' ') i++;
            return i;
        }
    }

    public override string ToString() => $"L{Number}: {Raw}";
}
