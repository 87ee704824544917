namespace StatusBot.Testing;

/// <summary>Finds the repository root and ../shared from a test's bin folder (works in any clone or worktree).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>STATUSBOT_SHARED if set, else the "shared" folder beside the repository.</summary>
    public static string Shared { get; } =
        Environment.GetEnvironmentVariable("STATUSBOT_SHARED") is { Length: > 0 } s ? s : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Schemas => Path.Combine(Shared, "schemas");

    public static string Seed(string name) => Path.Combine(Seeds, name);

    public const string Hagersten = "verksamhetsplan-2024-hagersten-alvsjo.txt";
    public const string Enskede = "verksamhetsberattelse-2023-enskede-arsta-vantor.txt";
    public const string Stod = "verksamhetsplan-2023-stod-och-aktivitetsenheten.txt";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StatusBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("StatusBot.sln not found above " + AppContext.BaseDirectory);
    }
}
