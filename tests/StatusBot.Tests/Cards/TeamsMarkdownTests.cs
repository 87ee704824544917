using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using StatusBot.Application.Text;
using StatusBot.AdaptiveCards.Text;

namespace StatusBot.Tests.Cards;

/// <summary>
/// Escaped text must render literally. Teams renders a CommonMark subset; Markdig is a complete CommonMark
/// implementation (and more with extensions), so text that stays plain in Markdig stays plain in Teams.
/// </summary>
public partial class TeamsMarkdownTests
{
    private static readonly MarkdownPipeline CommonMark = new MarkdownPipelineBuilder().Build();
    private static readonly MarkdownPipeline Extended = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static TheoryData<string> Hostile => [.. SyntheticPlans.HostileTexts];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Escaped_text_renders_as_the_same_plain_text(string text)
    {
        var html = Markdown.ToHtml(TeamsMarkdown.Escape(text), CommonMark);

        var tags = Tags().Matches(html).Select(m => m.Groups[1].Value.ToLowerInvariant()).Distinct().ToList();
        Assert.True(tags.All(t => t is "p" or "br"), $"markup leaked: {string.Join(", ", tags)} in {html}");
        Assert.Equal(Normalize(text), Normalize(PlainText(html)));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Escaped_text_makes_no_disguised_link_or_emphasis_even_with_extensions(string text)
    {
        var html = Markdown.ToHtml(TeamsMarkdown.Escape(text), Extended);

        foreach (var tag in new[] { "<em", "<strong", "<del", "<code", "<pre", "<h1", "<h2", "<li", "<blockquote", "<img", "<table", "<hr", "<script", "<b>" })
            Assert.DoesNotContain(tag, html, StringComparison.OrdinalIgnoreCase);
        // A bare URL may be auto-linked by some hosts, but then its visible text is the URL itself.
        foreach (Match link in Links().Matches(html))
            Assert.Equal(Uri.UnescapeDataString(WebUtility.HtmlDecode(link.Groups["href"].Value)), WebUtility.HtmlDecode(link.Groups["text"].Value));
    }

    [Fact]
    public void Mentions_links_and_emphasis_are_backslash_escaped()
    {
        Assert.Equal(@"\<at\>Alla\</at\>", TeamsMarkdown.Escape("<at>Alla</at>"));
        Assert.Equal(@"\[klicka\]\(https://evil\)", TeamsMarkdown.Escape("[klicka](https://evil)"));
        Assert.Equal(@"\*\*fet\*\* \_kursiv\_ \`kod\` \~", TeamsMarkdown.Escape("**fet** _kursiv_ `kod` ~"));
        Assert.Equal(@"A \& B", TeamsMarkdown.Escape("A & B"));
        Assert.Equal(@"\\", TeamsMarkdown.Escape(@"\"));
        // Adaptive Cards expand {{DATE(…)}} and {{TIME(…)}} in TextBlocks before markdown.
        Assert.Equal(@"\{\{DATE\(x\)}}", TeamsMarkdown.Escape("{{DATE(x)}}"));
    }

    [Fact]
    public void Line_start_markers_are_escaped_but_goal_numbers_and_hyphens_inside_text_are_not()
    {
        // One escaped character at the line start is enough: "\===" is no setext underline.
        Assert.Equal("\\# Rubrik\n\\- punkt\n\\+ punkt\n1\\. punkt\n\\===", TeamsMarkdown.Escape("# Rubrik\n- punkt\n+ punkt\n1. punkt\n==="));
        Assert.Equal("3.6.1 Stadsdelsområdet är tryggt", TeamsMarkdown.Escape("3.6.1 Stadsdelsområdet är tryggt"));
        Assert.Equal("Hägersten-Älvsjö, 2,7 %", TeamsMarkdown.Escape("Hägersten-Älvsjö, 2,7 %"));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Unescape_gives_back_what_the_reader_sees(string text) =>
        Assert.Equal(Normalize(text), Normalize(TeamsMarkdown.Unescape(TeamsMarkdown.Escape(text))));

    [Fact]
    public void Empty_and_null_escape_to_empty()
    {
        Assert.Equal("", TeamsMarkdown.Escape(null));
        Assert.Equal("", TeamsMarkdown.Escape(""));
    }

    /// <summary>Escaping drops leading indentation (it would start a code block); compare without it.</summary>
    private static string Normalize(string text) =>
        string.Join('\n', text.Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string PlainText(string html) =>
        WebUtility.HtmlDecode(Regex.Replace(html.Replace("</p>", "\n").Replace("<br />", "\n"), "<[^>]+>", ""));

    [GeneratedRegex(@"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)")]
    private static partial Regex Tags();

    [GeneratedRegex("<a href=\"(?<href>[^\"]*)\"[^>]*>(?<text>.*?)</a>")]
    private static partial Regex Links();
}
