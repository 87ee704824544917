using System.IO.Compression;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using StatusBot.Deployment.Icons;
using StatusBot.Deployment.Tests.Support;

namespace StatusBot.Deployment.Tests.Manifest;

/// <summary>
/// The validator must catch what Teams would reject or what would break StatusBot: each test breaks one thing
/// in a package that build.sh really built, and expects exactly that to be reported.
/// </summary>
public sealed class PackageValidationTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _valid;

    public PackageValidationTests() => _valid = ManifestBuild.BuildValid(_temp.Path);

    public void Dispose() => _temp.Dispose();

    private IReadOnlyList<string> Validate(string zip) =>
        TeamsPackageValidator.Validate(zip, ManifestBuild.Schema,
            PackageRequirements.StatusBot(ManifestBuild.BotId, ManifestBuild.Domain));

    private string WithImage(string entry, Image<Rgba32> image)
    {
        using var buffer = new MemoryStream();
        image.SaveAsPng(buffer);
        return ManifestBuild.WithEntry(_valid, entry, buffer.ToArray(), _temp.Combine("broken.zip"));
    }

    [Fact]
    public void Untouched_package_has_no_problems() => Assert.Empty(Validate(_valid));

    [Fact]
    public void Colour_icon_of_the_wrong_size_is_reported()
    {
        using var small = new Image<Rgba32>(96, 96, IconArt.Accent);

        var problems = Validate(WithImage("color.png", small));

        Assert.Contains(problems, p => p.StartsWith("icons.color: 96×96, must be 192×192"));
    }

    [Fact]
    public void Outline_icon_of_the_wrong_size_is_reported()
    {
        using var outline = new Image<Rgba32>(48, 48);
        outline[10, 10] = new Rgba32(255, 255, 255, 255);

        var problems = Validate(WithImage("outline.png", outline));

        Assert.Contains(problems, p => p.StartsWith("icons.outline: 48×48, must be 32×32"));
    }

    [Fact]
    public void Outline_icon_with_a_coloured_pixel_is_reported()
    {
        using var outline = IconArt.DrawOutline();
        outline[16, 20] = new Rgba32(0x0B, 0x5C, 0xAB, 255);

        var problems = Validate(WithImage("outline.png", outline));

        Assert.Contains(problems, p => p.StartsWith("icons.outline: 1 visible pixel(s) are not white (first at (16, 20))"));
    }

    [Fact]
    public void Outline_icon_on_an_opaque_background_is_reported()
    {
        using var outline = IconArt.DrawOutline();
        outline.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
                foreach (ref var pixel in rows.GetRowSpan(y))
                    if (pixel.A == 0) pixel = new Rgba32(0, 0, 0, 255);
        });

        var problems = Validate(WithImage("outline.png", outline));

        Assert.Contains(problems, p => p.StartsWith("icons.outline: no transparent pixels"));
        Assert.Contains(problems, p => p.Contains("are not white"));
    }

    [Fact]
    public void Outline_icon_with_translucent_white_is_accepted()
    {
        using var outline = IconArt.DrawOutline();
        outline[0, 0] = new Rgba32(255, 255, 255, 128); // anti-aliased white edge: still white

        Assert.Empty(Validate(WithImage("outline.png", outline)));
    }

    [Fact]
    public void Icon_that_is_not_a_png_is_reported()
    {
        using var image = IconArt.DrawColor();
        using var buffer = new MemoryStream();
        image.SaveAsJpeg(buffer);

        var problems = Validate(ManifestBuild.WithEntry(_valid, "color.png", buffer.ToArray(), _temp.Combine("jpeg.zip")));

        Assert.Contains(problems, p => p.StartsWith("icons.color: 'color.png' is JPEG, must be PNG"));
    }

    [Fact]
    public void Missing_command_is_reported_for_every_scope()
    {
        var zip = ManifestBuild.WithManifest(_valid,
            m => m.Replace("\"title\": \"mina mål\"", "\"title\": \"mina uppgifter\""), _temp.Combine("cmd.zip"));

        var problems = Validate(zip);

        Assert.Contains("bots[0].commandLists: command 'mina mål' is missing for scope 'personal'", problems);
        Assert.Contains("bots[0].commandLists: command 'mina mål' is missing for scope 'team'", problems);
        Assert.Contains("bots[0].commandLists: command 'mina mål' is missing for scope 'groupChat'", problems);
    }

    [Fact]
    public void Missing_scope_is_reported()
    {
        var zip = ManifestBuild.WithManifest(_valid,
            m => m.Replace("\"scopes\": [\"personal\", \"team\", \"groupChat\"]", "\"scopes\": [\"personal\"]"),
            _temp.Combine("scope.zip"));

        Assert.Contains("bots[0].scopes: 'groupChat' is missing", Validate(zip));
    }

    [Fact]
    public void Bot_id_that_is_not_a_guid_is_reported_by_the_schema_and_the_checks()
    {
        var zip = ManifestBuild.WithManifest(_valid,
            m => m.Replace($"\"botId\": \"{ManifestBuild.BotId}\"", "\"botId\": \"statusbot\""), _temp.Combine("id.zip"));

        var problems = Validate(zip);

        Assert.Contains(problems, p => p.StartsWith("schema: ") && p.Contains("botId") && p.Contains("PatternMismatch"));
        Assert.Contains("bots[0].botId: 'statusbot' is not a GUID", problems);
        Assert.Contains(problems, p => p.StartsWith("webApplicationInfo.id:"));
    }

    [Fact]
    public void Property_unknown_to_the_schema_is_reported()
    {
        var zip = ManifestBuild.WithManifest(_valid,
            m => m.Replace("\"accentColor\"", "\"accentColour\": \"#000000\",\n  \"accentColor\""), _temp.Combine("schema.zip"));

        Assert.Contains(Validate(zip), p => p.StartsWith("schema: ") && p.Contains("accentColour") && p.Contains("NoAdditionalPropertiesAllowed"));
    }

    [Fact]
    public void Command_title_too_long_for_Teams_is_reported()
    {
        var zip = ManifestBuild.WithManifest(_valid,
            m => m.Replace("\"title\": \"hjälp\"", "\"title\": \"hjälp mig att förstå vad jag kan fråga om\""),
            _temp.Combine("long.zip"));

        Assert.Contains(Validate(zip), p => p.Contains("title longer than 32 characters"));
    }

    [Fact]
    public void Manifest_that_is_not_json_is_reported()
    {
        var zip = ManifestBuild.WithManifest(_valid, m => m.TrimEnd().TrimEnd('}'), _temp.Combine("json.zip"));

        Assert.Contains(Validate(zip), p => p.StartsWith("manifest: not JSON"));
    }

    [Fact]
    public void Files_in_a_folder_are_reported()
    {
        var zip = _temp.Combine("nested.zip");
        using (var source = ZipFile.OpenRead(_valid))
        using (var target = ZipFile.Open(zip, ZipArchiveMode.Create))
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry("statusbot/" + entry.FullName).Open();
                from.CopyTo(to);
            }

        var problems = Validate(zip);

        Assert.Contains("zip: manifest.json is missing at the zip root", problems);
        Assert.Contains(problems, p => p.StartsWith("zip: 'statusbot/manifest.json' is in a folder"));
    }

    [Fact]
    public void Wrong_domain_is_reported()
    {
        var problems = TeamsPackageValidator.Validate(_valid, ManifestBuild.Schema,
            PackageRequirements.StatusBot(ManifestBuild.BotId, "other.azurewebsites.net"));

        Assert.Equal(["validDomains: 'other.azurewebsites.net' is missing"], problems);
    }
}
