namespace StatusBot.Import.Tables;

/// <summary>
/// Whether a line outside the tables has the shape of a row's end: two ISO dates (an activity), a periodicity or
/// report period after several values, or alone on its line. Prose has neither, so such a line is a row whose table was not recognised.
/// </summary>
internal static class TableRowShape
{
    public static bool LooksLikeRow(string text)
    {
        if (ActivityRowParser.EndsRow(text)) return true;
        // The last cell alone on its line, after values wrapped above it ("Tas fram av" / "nämnd" / "År").
        if (text is "År" or "Tertial" or "tertial" || IndicatorRowParser.IsPeriodOnly(text)) return true;
        var plan = IndicatorRowParser.EndsPlanRow(text);
        var report = IndicatorRowParser.EndsReportRow(text);
        if (!plan && !report) return false;
        var values = CellTokenizer.Tokenize(text).Count(t => t.IsNumber || t.Text == "%");
        return plan ? values >= 2 : values >= 4;
    }
}
