using StatusBot.Testing;

namespace StatusBot.CardGallery.Tests.Harness;

/// <summary>A Teams theme: its name and HostConfigs/{name}.json (page background + Adaptive Cards host config).</summary>
public sealed record GalleryTheme(string Name)
{
    public static readonly GalleryTheme Light = new("teams-light");
    public static readonly GalleryTheme Dark = new("teams-dark");
    public static readonly GalleryTheme HighContrast = new("teams-high-contrast");

    public static IReadOnlyList<GalleryTheme> All { get; } = [Light, Dark, HighContrast];

    /// <summary>Widths in CSS px: a phone, Teams' narrow chat column, a wide desktop window.</summary>
    public static IReadOnlyList<int> Widths { get; } = [320, 480, 1000];

    public static string ProjectFolder => Path.Combine(RepoPaths.Root, "tests", "StatusBot.CardGallery.Tests");

    public string Json() => File.ReadAllText(Path.Combine(ProjectFolder, "HostConfigs", Name + ".json"));

    public static GalleryTheme Named(string name) => All.Single(t => t.Name == name);

    public override string ToString() => Name;
}
