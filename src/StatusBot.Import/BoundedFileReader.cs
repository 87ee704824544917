using System.Globalization;

namespace StatusBot.Import;

/// <summary>
/// Reads a whole import file, but never more than a limit: a mistaken path ("/dev/zero", a video) must be refused
/// with a message, not grow the process until the machine runs out of memory.
/// </summary>
public static class BoundedFileReader
{
    private const int ChunkBytes = 81920;

    public static byte[] ReadAllBytes(string path, long maxBytes)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return ReadAllBytes(stream, name, maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ImportException(name, 1, $"Filen kunde inte läsas: {e.Message}", e);
        }
    }

    /// <summary>Reads until the end of <paramref name="stream"/>, or refuses as soon as it holds more than <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadAllBytes(Stream stream, string sourceName, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        // A length known in advance is refused before reading anything.
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes) throw TooLarge(sourceName, maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes - buffer.Length + 1))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) throw TooLarge(sourceName, maxBytes);
        }
        return buffer.ToArray();
    }

    private static ImportException TooLarge(string sourceName, long maxBytes) =>
        new(sourceName, 1,
            $"Filen är större än de {FormatMegabytes(maxBytes)} som en import får vara. En verksamhetsplan eller verksamhetsberättelse är mycket mindre; kontrollera att det är rätt fil (gränsen kan höjas med --max-mb).");

    private static string FormatMegabytes(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.GetCultureInfo("sv-SE")) + " MB"
            : bytes.ToString(CultureInfo.InvariantCulture) + " byte";
}
