using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace StatusBot.Import.Tests.Pdf;

/// <summary>
/// Builds small PDFs for the tests. PdfPig's <see cref="PdfDocumentBuilder"/> cannot write å/ä/ö with a standard-14
/// font (it throws "The font does not contain a character: 'ä'"), so it is used with a TrueType font found on the
/// machine. <see cref="WinAnsi"/> writes the PDF by hand with Helvetica in WinAnsiEncoding, the way many office
/// exports do, and needs no font file.
/// </summary>
internal static class TestPdf
{
    private static readonly string[] FontCandidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/Library/Fonts/Arial.ttf",
        @"C:\Windows\Fonts\arial.ttf",
    ];

    public static string? TrueTypeFontPath => FontCandidates.FirstOrDefault(File.Exists);

    public static byte[] WithBuilder(string[][] pages, string fontPath)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(fontPath));
        foreach (var lines in pages)
        {
            var page = builder.AddPage(595, 842);
            for (var i = 0; i < lines.Length; i++)
                if (lines[i].Length > 0) page.AddText(lines[i], 10, new PdfPoint(50, 800 - (14 * i)), font);
        }
        return builder.Build();
    }

    public static byte[] WinAnsi(string[][] pages)
    {
        var latin = Encoding.Latin1;
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(latin.GetBytes(s));
        void Object(int number, string body)
        {
            offsets.Add(pdf.Position);
            Write($"{number} 0 obj\n{body}\nendobj\n");
        }

        // Objects: 1 catalog, 2 pages, 3 font, then per page a page object and its content stream.
        Write("%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n");
        var kids = string.Join(' ', pages.Select((_, i) => $"{4 + (2 * i)} 0 R"));
        Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        Object(2, $"<< /Type /Pages /Kids [{kids}] /Count {pages.Length} >>");
        Object(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        for (var p = 0; p < pages.Length; p++)
        {
            var content = new StringBuilder("BT /F1 10 Tf\n");
            for (var i = 0; i < pages[p].Length; i++)
            {
                if (pages[p][i].Length == 0) continue;
                var escaped = pages[p][i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
                content.Append(CultureInfo.InvariantCulture, $"1 0 0 1 50 {800 - (14 * i)} Tm ({escaped}) Tj\n");
            }
            content.Append("ET");
            var stream = content.ToString();
            Object(4 + (2 * p), $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + (2 * p)} 0 R >>");
            Object(5 + (2 * p), $"<< /Length {latin.GetByteCount(stream)} >>\nstream\n{stream}\nendstream");
        }
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
