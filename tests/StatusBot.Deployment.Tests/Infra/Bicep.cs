using StatusBot.Deployment.Tests.Support;
using StatusBot.Testing;

namespace StatusBot.Deployment.Tests.Infra;

/// <summary>Runs infra/bicep.sh, the pinned Bicep CLI (restored from NuGet on first use).</summary>
public static class Bicep
{
    /// <summary>Tests that run Bicep share one collection: on a fresh machine the first run restores the CLI,
    /// and two restores of the same project at once would race.</summary>
    public const string Collection = "bicep";

    public static string Script => Path.Combine(RepoPaths.Root, "infra", "bicep.sh");

    public static string Main => Path.Combine(RepoPaths.Root, "infra", "main.bicep");

    public static ScriptResult Run(params string[] arguments) =>
        ScriptRun.Bash(Script, arguments, TimeSpan.FromMinutes(5));
}
