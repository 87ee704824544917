using System.IO.Compression;
using StatusBot.Deployment.Tests.Support;
using StatusBot.Testing;

namespace StatusBot.Deployment.Tests.Manifest;

/// <summary>Runs manifest/build.sh and manipulates the packages it builds.</summary>
public static class ManifestBuild
{
    public const string BotId = "5c3c1a2e-8f4b-4a6d-9e21-7b0c9d4e6f13";
    public const string Domain = "app-statusbot-test-abc123.azurewebsites.net";

    public static string Script => Path.Combine(RepoPaths.Root, "manifest", "build.sh");

    public static string ManifestFolder => Path.Combine(RepoPaths.Root, "manifest");

    public static string Schema => Path.Combine(RepoPaths.Schemas, "MicrosoftTeams.schema.json");

    public static string SchemaV125 => Path.Combine(RepoPaths.Schemas, "MicrosoftTeams.schema.v1.25.json");

    public static ScriptResult Run(params string[] arguments) =>
        ScriptRun.Bash(Script, arguments, TimeSpan.FromMinutes(1));

    /// <summary>Builds a package with valid parameters into <paramref name="outFolder"/> and returns the zip path.</summary>
    public static string BuildValid(string outFolder, params string[] extraArguments)
    {
        var result = Run(["--bot-id", BotId, "--domain", Domain, "--out", outFolder, .. extraArguments]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var zip = result.StandardOutput.Trim().Split('\n').Last();
        Assert.True(File.Exists(zip), $"build.sh printed '{zip}', which does not exist\n{result}");
        return zip;
    }

    /// <summary>A copy of <paramref name="zipPath"/> with one entry's content replaced (or added).</summary>
    public static string WithEntry(string zipPath, string entryName, byte[] content, string copyPath)
    {
        File.Copy(zipPath, copyPath, overwrite: true);
        using var zip = ZipFile.Open(copyPath, ZipArchiveMode.Update);
        zip.GetEntry(entryName)?.Delete();
        using var stream = zip.CreateEntry(entryName).Open();
        stream.Write(content);
        return copyPath;
    }

    /// <summary>A copy of <paramref name="zipPath"/> whose manifest.json has been edited by <paramref name="edit"/>.</summary>
    public static string WithManifest(string zipPath, Func<string, string> edit, string copyPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var edited = edit(reader.ReadToEnd());
        return WithEntry(zipPath, "manifest.json", System.Text.Encoding.UTF8.GetBytes(edited), copyPath);
    }

    public static string ReadManifest(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        return reader.ReadToEnd();
    }
}
