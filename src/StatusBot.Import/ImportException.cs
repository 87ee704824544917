namespace StatusBot.Import;

/// <summary>
/// The one exception type the importer throws: the file is not a goal document, or the document does not say
/// what the caller did not say either. The message is Swedish and names the file and line, so it can be shown
/// to the coordinator as is.
/// </summary>
public sealed class ImportException : Exception
{
    public ImportException(string sourceName, int lineNumber, string reason, Exception? inner = null)
        : base($"{sourceName}, rad {lineNumber}: {reason}", inner)
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
        Reason = reason;
    }

    /// <summary>The file name (or other source label) given to the importer.</summary>
    public string SourceName { get; }

    /// <summary>1-based line where the problem was found (1 when it concerns the whole file).</summary>
    public int LineNumber { get; }

    /// <summary>The Swedish explanation without file and line.</summary>
    public string Reason { get; }
}
