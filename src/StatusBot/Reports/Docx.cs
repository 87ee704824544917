using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StatusBot.Reports;

/// <summary>Paragraph and run construction with the element order the Open XML schema demands.</summary>
internal static class Docx
{
    // Arrays, not IEnumerable: every OpenXmlElement is itself an IEnumerable of its children, so a lone Run passed
    // as IEnumerable would be taken apart.
    public static Paragraph Paragraph(string? style, params OpenXmlElement[] runs) => Paragraph(style, null, runs);

    public static Paragraph Paragraph(string? style, JustificationValues? alignment, OpenXmlElement[] runs)
    {
        var paragraph = new Paragraph();
        if (style is not null || alignment is not null)
        {
            var properties = new ParagraphProperties();
            if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
            if (alignment is { } a) properties.Append(new Justification { Val = a });
            paragraph.Append(properties);
        }
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>A run in Swedish; bold and italic as asked.</summary>
    public static Run Run(string text, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold());
        if (italic) properties.Append(new Italic());
        properties.Append(new Languages { Val = DocxStyles.Language });
        return new Run(properties, new Text(ReportText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>Text whose line breaks are kept as Word line breaks within one paragraph.</summary>
    public static OpenXmlElement[] Lines(string text)
    {
        var lines = ReportText.Clean(text).Split('\n');
        var runs = new List<OpenXmlElement>(lines.Length * 2);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) runs.Add(new Run(new Break()));
            runs.Add(Run(lines[i]));
        }
        return [.. runs];
    }
}
