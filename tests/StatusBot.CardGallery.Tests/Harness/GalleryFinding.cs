namespace StatusBot.CardGallery.Tests.Harness;

/// <summary>One problem of one card in one theme at one width: an axe rule (color-contrast, …) or a broken word.</summary>
public sealed record GalleryFinding(string Card, string Theme, int Width, string Rule, string Impact, string Detail)
{
    public const string BrokenWord = "broken-word";

    public override string ToString() => $"{Card} [{Theme} {Width}px] {Rule} ({Impact}): {Detail}";
}
