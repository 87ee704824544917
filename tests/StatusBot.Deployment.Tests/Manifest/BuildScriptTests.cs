using System.IO.Compression;
using System.Text.Json;
using StatusBot.Deployment.Tests.Support;

namespace StatusBot.Deployment.Tests.Manifest;

/// <summary>manifest/build.sh: fills in the parameters, zips at the root, refuses bad input.</summary>
public sealed class BuildScriptTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Built_package_is_valid_and_holds_the_files_at_the_zip_root()
    {
        var zip = ManifestBuild.BuildValid(_temp.Path);

        var problems = TeamsPackageValidator.Validate(zip, ManifestBuild.Schema,
            PackageRequirements.StatusBot(ManifestBuild.BotId, ManifestBuild.Domain));

        Assert.Empty(problems);
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public void Parameters_land_in_the_manifest()
    {
        const string appId = "0f9e8d7c-6b5a-4321-8fed-cba987654321";
        var zip = ManifestBuild.BuildValid(_temp.Path, "--app-id", appId.ToUpperInvariant(), "--version", "2.3.4");

        using var manifest = JsonDocument.Parse(ManifestBuild.ReadManifest(zip));
        var root = manifest.RootElement;
        Assert.Equal(appId, root.GetProperty("id").GetString());
        Assert.Equal("2.3.4", root.GetProperty("version").GetString());
        Assert.Equal(ManifestBuild.BotId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal(ManifestBuild.BotId, root.GetProperty("webApplicationInfo").GetProperty("id").GetString());
        Assert.Equal([ManifestBuild.Domain], root.GetProperty("validDomains").EnumerateArray().Select(e => e.GetString()));
        Assert.EndsWith("statusbot-teams-2.3.4.zip", zip);
    }

    [Fact]
    public void App_id_defaults_to_the_bot_id_so_rebuilds_update_the_same_app()
    {
        var zip = ManifestBuild.BuildValid(_temp.Path);

        using var manifest = JsonDocument.Parse(ManifestBuild.ReadManifest(zip));
        Assert.Equal(ManifestBuild.BotId, manifest.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Texts_users_read_are_Swedish_with_Swedish_as_the_default_language()
    {
        var zip = ManifestBuild.BuildValid(_temp.Path);

        using var manifest = JsonDocument.Parse(ManifestBuild.ReadManifest(zip));
        var root = manifest.RootElement;
        Assert.Equal("sv-se", root.GetProperty("localizationInfo").GetProperty("defaultLanguageTag").GetString());
        Assert.Contains("mål", root.GetProperty("description").GetProperty("short").GetString());
        Assert.Contains("nämndmål", root.GetProperty("description").GetProperty("full").GetString());
    }

    [Fact]
    public void Fallback_to_manifest_1_25_validates_against_the_1_25_schema_and_not_1_29()
    {
        var zip = ManifestBuild.BuildValid(_temp.Path, "--manifest-version", "1.25");
        var requirements = PackageRequirements.StatusBot(ManifestBuild.BotId, ManifestBuild.Domain);

        Assert.Empty(TeamsPackageValidator.Validate(zip, ManifestBuild.SchemaV125, requirements));
        // manifestVersion is a const in each schema: the 1.29 schema must refuse this package.
        Assert.Contains(TeamsPackageValidator.Validate(zip, ManifestBuild.Schema, requirements),
            p => p.StartsWith("schema: ") && p.Contains("manifestVersion"));
        Assert.Contains("teams/v1.25/MicrosoftTeams.schema.json", ManifestBuild.ReadManifest(zip));
    }

    [Theory]
    [InlineData("--manifest-version", "1.3", "not supported")]
    [InlineData("--bot-id", "not-a-guid", "not a GUID")]
    [InlineData("--bot-id", "5c3c1a2e-8f4b-4a6d-9e21-7b0c9d4e6f1", "not a GUID")]
    [InlineData("--bot-id", "00000000-0000-0000-0000-000000000000", "empty GUID")]
    [InlineData("--app-id", "{5c3c1a2e-8f4b-4a6d-9e21-7b0c9d4e6f13}", "not a GUID")]
    [InlineData("--domain", "https://app-statusbot.azurewebsites.net", "without scheme")]
    [InlineData("--domain", "app-statusbot.azurewebsites.net/api/messages", "without port or path")]
    [InlineData("--domain", "app_statusbot.azurewebsites.net", "not a valid host name")]
    [InlineData("--domain", "localhost", "not a valid host name")]
    [InlineData("--version", "1.0", "X.Y.Z")]
    [InlineData("--version", "01.0.0", "X.Y.Z")]
    [InlineData("--privacy-url", "http://example.org/privacy", "not an https URL")]
    public void Bad_parameters_are_refused_with_a_clear_message_and_no_package(string option, string value, string message)
    {
        string[] valid = ["--bot-id", ManifestBuild.BotId, "--domain", ManifestBuild.Domain, "--out", _temp.Path];
        var arguments = valid.ToList();
        var at = arguments.IndexOf(option);
        if (at >= 0) arguments[at + 1] = value;
        else arguments.AddRange([option, value]);

        var result = ManifestBuild.Run([.. arguments]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.StandardError);
        Assert.Empty(Directory.GetFiles(_temp.Path, "*.zip"));
    }

    [Theory]
    [InlineData("--bot-id")]
    [InlineData("--domain")]
    public void Missing_required_parameter_is_refused(string option)
    {
        string[] arguments = option == "--bot-id"
            ? ["--domain", ManifestBuild.Domain, "--out", _temp.Path]
            : ["--bot-id", ManifestBuild.BotId, "--out", _temp.Path];

        var result = ManifestBuild.Run(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option} is required", result.StandardError);
    }

    [Fact]
    public void Unknown_argument_is_refused()
    {
        var result = ManifestBuild.Run("--bot-id", ManifestBuild.BotId, "--domain", ManifestBuild.Domain, "--bot", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown argument '--bot'", result.StandardError);
    }
}
