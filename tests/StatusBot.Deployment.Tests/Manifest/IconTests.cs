using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using StatusBot.Deployment.Icons;

namespace StatusBot.Deployment.Tests.Manifest;

/// <summary>The committed icons are exactly what the drawing tool (manifest/tools/DrawIcons) produces.</summary>
public sealed class IconTests
{
    [Theory]
    [InlineData("color.png")]
    [InlineData("outline.png")]
    public void Committed_icon_matches_the_drawing(string file)
    {
        using var committed = Image.Load<Rgba32>(Path.Combine(ManifestBuild.ManifestFolder, file));
        using var drawn = file == "color.png" ? IconArt.DrawColor() : IconArt.DrawOutline();

        Assert.Equal((drawn.Width, drawn.Height), (committed.Width, committed.Height));
        var differing = 0;
        for (var y = 0; y < drawn.Height; y++)
        for (var x = 0; x < drawn.Width; x++)
            if (!drawn[x, y].Equals(committed[x, y])) differing++;
        Assert.True(differing == 0,
            $"{differing} pixels of {file} differ from IconArt; run: dotnet run --project manifest/tools/DrawIcons -- manifest");
    }

    [Fact]
    public void Outline_uses_only_opaque_white_and_full_transparency()
    {
        using var outline = IconArt.DrawOutline();

        var colours = new HashSet<Rgba32>();
        for (var y = 0; y < outline.Height; y++)
        for (var x = 0; x < outline.Width; x++)
            colours.Add(outline[x, y]);

        Assert.Equal([new Rgba32(0, 0, 0, 0), new Rgba32(255, 255, 255, 255)], colours.OrderBy(c => c.A));
    }

    [Fact]
    public void Colour_icon_uses_the_manifest_accent_colour_as_background()
    {
        using var color = IconArt.DrawColor();
        var manifest = File.ReadAllText(Path.Combine(ManifestBuild.ManifestFolder, "manifest.template.json"));

        Assert.Equal(IconArt.Accent, color[0, 0]);
        Assert.Contains($"\"accentColor\": \"#{IconArt.Accent.R:X2}{IconArt.Accent.G:X2}{IconArt.Accent.B:X2}\"", manifest);
    }
}
