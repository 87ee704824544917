using System.Text;
using StatusBot.Domain.Plans;
using StatusBot.Import.Pdf;

namespace StatusBot.Import;

/// <summary>
/// The importer's entry point: a file (ILS text export or PDF, told apart by the "%PDF" header, not the
/// extension) or text in memory becomes a <see cref="Plan"/>. Every failure is an <see cref="ImportException"/>
/// with file name, line and a Swedish message.
/// </summary>
public static class DocumentImporter
{
    public static Plan ImportFile(string path, ImportOptions? options = null) => ReadFile(path, options).Plan;

    public static Plan ImportBytes(byte[] content, string sourceName, ImportOptions? options = null) => ReadBytes(content, sourceName, options).Plan;

    public static Plan ImportText(string text, string sourceName, ImportOptions? options = null) => ReadText(text, sourceName, options).Plan;

    /// <summary>The plan and the account of its table lines; a file larger than <see cref="ImportOptions.MaxFileBytes"/> is refused unread.</summary>
    public static ImportResult ReadFile(string path, ImportOptions? options = null)
    {
        var bytes = BoundedFileReader.ReadAllBytes(path, (options ?? ImportOptions.None).MaxFileBytes);
        return ReadBytes(bytes, Path.GetFileName(path), options);
    }

    public static ImportResult ReadBytes(byte[] content, string sourceName, ImportOptions? options = null) =>
        Guard(sourceName, () => PdfTextExtractor.IsPdf(content)
            ? PlanTextImporter.Import(PdfTextExtractor.ExtractText(content, sourceName), sourceName, options)
            : PlanTextImporter.Import(Decode(content), sourceName, options));

    public static ImportResult ReadText(string text, string sourceName, ImportOptions? options = null) =>
        Guard(sourceName, () => PlanTextImporter.Import(text, sourceName, options));

    /// <summary>UTF-8 as ILS exports it; text saved in Windows-1252 (Latin-1) is still read rather than refused.</summary>
    internal static string Decode(byte[] content)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return content.Contains((byte)0) ? Encoding.UTF8.GetString(content) : Encoding.Latin1.GetString(content);
        }
    }

    private static ImportResult Guard(string sourceName, Func<ImportResult> import)
    {
        try
        {
            return import();
        }
        catch (ImportException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ImportException(sourceName, 1, $"Importen misslyckades oväntat: {e.Message}", e);
        }
    }
}
