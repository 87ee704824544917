namespace StatusBot.Cli;

/// <summary>The checks and messages for --output, shared by every export.</summary>
internal static class OutputFile
{
    /// <summary>Why <paramref name="path"/> cannot be written to, before any work is done; null when it can be tried.</summary>
    public static string? Problem(string? path)
    {
        if (path is null) return null;
        if (Directory.Exists(path)) return $"{path} är en mapp. Ange en fil med --output, t.ex. {Path.Combine(path, "export.json")}.";
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        return folder is not null && !Directory.Exists(folder) ? $"Mappen {folder} finns inte. Skapa den eller ange en annan fil med --output." : null;
    }

    /// <summary>Said when writing failed after all (no permission, disk full): the reason without a stack trace.</summary>
    public static string CouldNotWrite(string path, Exception e) => $"Kunde inte skriva {path}: {e.Message}";
}
