using System.IO.Compression;
using System.Text.Json;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace StatusBot.Deployment.Tests.Manifest;

/// <summary>Teams' icon rules: PNG files at the zip root, colour 192×192, outline 32×32 white on transparent.</summary>
public static class IconRules
{
    public const int ColorIconSize = 192;
    public const int OutlineIconSize = 32;

    public static IEnumerable<string> Check(JsonElement manifest, IReadOnlyDictionary<string, ZipArchiveEntry> entries)
    {
        if (!manifest.TryGetProperty("icons", out var icons)) return []; // the schema reports it
        return CheckIcon(icons, "color", entries, ColorProblems)
            .Concat(CheckIcon(icons, "outline", entries, OutlineProblems));
    }

    private static IEnumerable<string> ColorProblems(Image<Rgba32> image)
    {
        if (image.Width != ColorIconSize || image.Height != ColorIconSize)
            yield return $"icons.color: {image.Width}×{image.Height}, must be {ColorIconSize}×{ColorIconSize}";
    }

    private static IEnumerable<string> OutlineProblems(Image<Rgba32> image)
    {
        if (image.Width != OutlineIconSize || image.Height != OutlineIconSize)
            yield return $"icons.outline: {image.Width}×{image.Height}, must be {OutlineIconSize}×{OutlineIconSize}";
        foreach (var problem in OutlineColours(image)) yield return problem;
    }

    private static List<string> CheckIcon(JsonElement icons, string kind,
        IReadOnlyDictionary<string, ZipArchiveEntry> entries, Func<Image<Rgba32>, IEnumerable<string>> rules)
    {
        if (!icons.TryGetProperty(kind, out var pathElement) || pathElement.GetString() is not { } path) return [];
        if (!entries.TryGetValue(path, out var entry)) return [$"icons.{kind}: '{path}' is not in the zip root"];

        using var buffer = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(buffer);
        buffer.Position = 0;
        try
        {
            using var image = Image.Load<Rgba32>(buffer, out var format);
            var problems = rules(image).ToList();
            if (format.Name != "PNG") problems.Insert(0, $"icons.{kind}: '{path}' is {format.Name}, must be PNG");
            return problems;
        }
        catch (UnknownImageFormatException)
        {
            return [$"icons.{kind}: '{path}' is not an image"];
        }
    }

    /// <summary>Teams recolours the outline icon: every visible pixel must be pure white, the rest transparent.</summary>
    private static IEnumerable<string> OutlineColours(Image<Rgba32> image)
    {
        int coloured = 0, visible = 0, transparent = 0;
        (int X, int Y)? firstColoured = null;
        for (var y = 0; y < image.Height; y++)
        for (var x = 0; x < image.Width; x++)
        {
            var p = image[x, y];
            if (p.A == 0) { transparent++; continue; }
            visible++;
            if (p.R != 255 || p.G != 255 || p.B != 255)
            {
                coloured++;
                firstColoured ??= (x, y);
            }
        }
        if (coloured > 0)
            yield return $"icons.outline: {coloured} visible pixel(s) are not white (first at {firstColoured}); only white and transparent are allowed";
        if (visible == 0) yield return "icons.outline: fully transparent, nothing to show";
        if (transparent == 0) yield return "icons.outline: no transparent pixels; the background must be transparent";
    }
}
