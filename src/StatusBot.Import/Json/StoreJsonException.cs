namespace StatusBot.Import.Json;

/// <summary>
/// An export file that cannot be read. The message is Swedish and names the place: a line and column for
/// malformed JSON, a path such as "plans[0].goals[3].title" for a missing or wrong field.
/// </summary>
public sealed class StoreJsonException : FormatException
{
    public StoreJsonException(string message, long? line = null, string? path = null, Exception? inner = null)
        : base(message, inner)
    {
        Line = line;
        Path = path;
    }

    /// <summary>1-based line of a JSON syntax error, when that was the problem.</summary>
    public long? Line { get; }

    /// <summary>Where in the document a field is missing or wrong ("plans[0].year").</summary>
    public string? Path { get; }
}
