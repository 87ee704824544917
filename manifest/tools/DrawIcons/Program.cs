using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using StatusBot.Deployment.Icons;

// Writes color.png and outline.png into the folder given (default: the manifest folder of this repository).
var folder = args.Length > 0 ? args[0] : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
if (!File.Exists(Path.Combine(folder, "manifest.template.json")))
{
    Console.Error.WriteLine($"DrawIcons: {folder} is not the manifest folder; pass it as the first argument.");
    return 2;
}

// Explicit RGBA and no metadata: the same pixels always give the same file.
var encoder = new PngEncoder { ColorType = PngColorType.RgbWithAlpha, BitDepth = PngBitDepth.Bit8 };
using (var color = IconArt.DrawColor()) color.SaveAsPng(Path.Combine(folder, "color.png"), encoder);
using (var outline = IconArt.DrawOutline()) outline.SaveAsPng(Path.Combine(folder, "outline.png"), encoder);
Console.WriteLine($"DrawIcons: wrote color.png ({IconArt.ColorSize}px) and outline.png ({IconArt.OutlineSize}px) to {folder}");
return 0;
