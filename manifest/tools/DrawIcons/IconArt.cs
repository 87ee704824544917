using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace StatusBot.Deployment.Icons;

/// <summary>
/// The app's icon motif, drawn pixel by pixel so that the PNGs can be reproduced exactly: three rising bars
/// (goals followed up per period) and a check mark (a goal that is met). Shapes live in a unit square; each
/// icon maps that square onto its pixels.
/// </summary>
public static class IconArt
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>Accent colour of the app (the manifest's accentColor), Stockholm blue.</summary>
    public static readonly Rgba32 Accent = new(0x0B, 0x5C, 0xAB, 0xFF);
    private static readonly Rgba32 White = new(0xFF, 0xFF, 0xFF, 0xFF);
    private static readonly Rgba32 CheckGreen = new(0x7A, 0xD1, 0x5A, 0xFF);

    // Bars: left, top, right, bottom in the unit square (y grows downwards).
    private static readonly (double L, double T, double R, double B)[] Bars =
    [
        (0.12, 0.72, 0.28, 0.90),
        (0.36, 0.58, 0.52, 0.90),
        (0.60, 0.44, 0.76, 0.90),
    ];

    // Check mark: a two-segment stroke, above and to the right of the tallest bar.
    private static readonly (double X, double Y)[] Check = [(0.56, 0.22), (0.68, 0.34), (0.90, 0.11)];
    private const double CheckHalfWidth = 0.055;

    /// <summary>192×192 full-colour icon: white bars and a green check on a blue square.</summary>
    public static Image<Rgba32> DrawColor()
    {
        var image = new Image<Rgba32>(ColorSize, ColorSize);
        // Teams crops the tile; keep the symbol inside the middle ~60% so nothing is cut off.
        const double inset = 0.20, scale = 1 - 2 * inset;
        const int samples = 4; // 4×4 supersampling for smooth edges
        for (var y = 0; y < ColorSize; y++)
        for (var x = 0; x < ColorSize; x++)
        {
            double bar = 0, check = 0;
            for (var sy = 0; sy < samples; sy++)
            for (var sx = 0; sx < samples; sx++)
            {
                var u = ((x + (sx + 0.5) / samples) / ColorSize - inset) / scale;
                var v = ((y + (sy + 0.5) / samples) / ColorSize - inset) / scale;
                if (InCheck(u, v)) check++;
                else if (InBar(u, v)) bar++;
            }
            var n = samples * samples;
            image[x, y] = Blend(Blend(Accent, White, bar / n), CheckGreen, check / n);
        }
        return image;
    }

    /// <summary>
    /// 32×32 outline icon: pure white on fully transparent, no anti-aliasing, because Teams recolours it and
    /// requires white + transparent only.
    /// </summary>
    public static Image<Rgba32> DrawOutline()
    {
        var image = new Image<Rgba32>(OutlineSize, OutlineSize);
        for (var y = 0; y < OutlineSize; y++)
        for (var x = 0; x < OutlineSize; x++)
        {
            var u = (x + 0.5) / OutlineSize;
            var v = (y + 0.5) / OutlineSize;
            image[x, y] = InBar(u, v) || InCheck(u, v) ? White : new Rgba32(0, 0, 0, 0);
        }
        return image;
    }

    private static bool InBar(double u, double v)
    {
        foreach (var (l, t, r, b) in Bars)
            if (u >= l && u < r && v >= t && v < b) return true;
        return false;
    }

    private static bool InCheck(double u, double v)
    {
        for (var i = 0; i + 1 < Check.Length; i++)
            if (DistanceToSegment(u, v, Check[i], Check[i + 1]) <= CheckHalfWidth) return true;
        return false;
    }

    private static double DistanceToSegment(double px, double py, (double X, double Y) a, (double X, double Y) b)
    {
        double dx = b.X - a.X, dy = b.Y - a.Y;
        var t = Math.Clamp(((px - a.X) * dx + (py - a.Y) * dy) / (dx * dx + dy * dy), 0, 1);
        double cx = a.X + t * dx - px, cy = a.Y + t * dy - py;
        return Math.Sqrt(cx * cx + cy * cy);
    }

    private static Rgba32 Blend(Rgba32 under, Rgba32 over, double amount)
    {
        byte Mix(byte a, byte b) => (byte)Math.Round(a + (b - a) * amount);
        return new Rgba32(Mix(under.R, over.R), Mix(under.G, over.G), Mix(under.B, over.B), 0xFF);
    }
}
