using System.Text;
using System.Text.Json;
using StatusBot.BotFramework.Input;

namespace StatusBot.BotFramework.Tests.Security;

/// <summary>The character policy and the lone-surrogate escape pass, directly.</summary>
public sealed class InboundTextTests
{
    [Theory]
    [InlineData('\u0000', UnsafeCharacterKind.ControlCharacter)]
    [InlineData('\u001b', UnsafeCharacterKind.ControlCharacter)]
    [InlineData('\u007f', UnsafeCharacterKind.ControlCharacter)]
    [InlineData('\u0085', UnsafeCharacterKind.ControlCharacter)]
    [InlineData('\u202e', UnsafeCharacterKind.BidiControl)]
    [InlineData('\u2066', UnsafeCharacterKind.BidiControl)]
    [InlineData('\u200f', UnsafeCharacterKind.BidiControl)]
    [InlineData('\u061c', UnsafeCharacterKind.BidiControl)]
    [InlineData('\u200b', UnsafeCharacterKind.ZeroWidth)]
    [InlineData('\u200d', UnsafeCharacterKind.ZeroWidth)]
    [InlineData('\u2060', UnsafeCharacterKind.ZeroWidth)]
    [InlineData('\ufeff', UnsafeCharacterKind.ZeroWidth)]
    [InlineData('\u00ad', UnsafeCharacterKind.ZeroWidth)]
    [InlineData('\ufffd', UnsafeCharacterKind.LoneSurrogate)]
    public void UnsafeCharactersAreClassified(char c, UnsafeCharacterKind kind) => Assert.Equal(kind, InboundText.Classify(c));

    [Theory]
    [InlineData('\t')]
    [InlineData('\n')]
    [InlineData('\r')]
    [InlineData(' ')]
    [InlineData('å')]
    [InlineData('\u00a0')] // no-break space is visible spacing, not hidden
    [InlineData('\u2013')]
    public void OrdinaryCharactersAreAllowed(char c) => Assert.Null(InboundText.Classify(c));

    [Fact]
    public void CleanKeepsPairsDropsLoneSurrogatesAndCounts()
    {
        var report = new InputReport();
        var cleaned = InboundText.Clean("a\ud800b\udc00c😀\u200bd", report);
        Assert.Equal("abc😀d", cleaned);
        Assert.Equal(2, report.Removed(UnsafeCharacterKind.LoneSurrogate));
        Assert.Equal(1, report.Removed(UnsafeCharacterKind.ZeroWidth));
    }

    [Fact]
    public void CleanReturnsTheSameInstanceWhenNothingChanges()
    {
        const string text = "Målet uppfylls delvis.\n\tRad två 😀";
        Assert.Same(text, InboundText.Clean(text));
        Assert.True(InboundText.IsClean(text));
    }

    [Theory]
    [InlineData(@"""a\ud800b""", "a\ufffdb")]
    [InlineData(@"""a\uDC00""", "a\ufffd")]
    [InlineData(@"""\ud83d\ude00""", "😀")]
    [InlineData(@"""\ud800\ud800\udc00""", "\ufffd\ud800\udc00")]
    [InlineData(@"""\\ud800""", @"\ud800")] // an escaped backslash followed by the letters, not an escape
    [InlineData(@"""\u00e5""", "å")]
    public void LoneSurrogateEscapesBecomeReplacementCharacters(string json, string expected)
    {
        var replaced = LoneSurrogateEscapes.Replace(Encoding.UTF8.GetBytes(json));
        Assert.Equal(expected, JsonSerializer.Deserialize<string>(replaced));
    }

    [Fact]
    public void BodyWithoutLoneSurrogatesIsNotCopied()
    {
        var body = Encoding.UTF8.GetBytes(@"{""text"":""\ud83d\ude00 \n \u00e5""}");
        Assert.Same(body, LoneSurrogateEscapes.Replace(body));
    }

    [Fact]
    public void TruncatedEscapeAtTheEndIsLeftForTheParserToRefuse()
    {
        var body = Encoding.UTF8.GetBytes(@"{""text"":""\ud8");
        Assert.Same(body, LoneSurrogateEscapes.Replace(body));
    }
}
