using System.Text;
using StatusBot.AdaptiveCards.Text;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.AdaptiveCards.Model.Inputs;

namespace StatusBot.AdaptiveCards.Rendering;

/// <summary>
/// A readable plain-text rendering of any card, for a terminal (`statusbot ask --format text`): headings
/// underlined, facts as "Årsmål: 2,7 %", table rows joined by " | ", buttons in brackets. Markdown escapes are
/// removed, so text reads as the document wrote it. Hidden elements (a "Visa mer" full text) are left out,
/// as a reader of the card would first see it.
/// </summary>
public static class CardText
{
    public static string Render(AdaptiveCard card)
    {
        var lines = new List<string>();
        RenderElements(card.Body, lines);
        if (card.Actions.Count > 0)
        {
            lines.Add("");
            lines.Add(Buttons(card.Actions));
        }
        return string.Join('\n', Tidy(lines)) + "\n";
    }

    private static void RenderElements(IEnumerable<CardElement> elements, List<string> lines)
    {
        foreach (var element in elements)
        {
            if (element.IsVisible == false) continue;
            // Separators and wide spacing start a new paragraph, as they do on screen.
            if ((element.Separator || element.Spacing is Spacing.Medium or Spacing.Large or Spacing.ExtraLarge) && lines.Count > 0)
                lines.Add("");
            Render(element, lines);
        }
    }

    private static void Render(CardElement element, List<string> lines)
    {
        switch (element)
        {
            case TextBlock t:
                var text = TeamsMarkdown.Unescape(t.Text);
                lines.AddRange(text.Split('\n'));
                if (t.Size is TextSize.Large or TextSize.ExtraLarge or TextSize.Medium)
                    lines.Add(new string(t.Size == TextSize.Medium ? '-' : '=', Math.Min(LongestLine(text), 72)));
                break;
            case RichTextBlock r:
                lines.Add(string.Concat(r.Inlines.Select(i => i.Text)));
                break;
            case FactSet f:
                lines.AddRange(f.Facts.Select(fact => $"{TeamsMarkdown.Unescape(fact.Title)}: {TeamsMarkdown.Unescape(fact.Value)}"));
                break;
            case Container c:
                RenderElements(c.Items, lines);
                break;
            case ColumnSet cs:
                RenderColumns(cs, lines);
                break;
            case Table table:
                foreach (var row in table.Rows)
                    lines.Add(string.Join(" | ", row.Cells.Select(cell => Inline(cell.Items))));
                break;
            case ActionSet a:
                lines.Add(Buttons(a.Actions));
                break;
            case Image image:
                lines.Add($"[bild: {image.AltText ?? "utan beskrivning"}]");
                break;
            case CardInput input:
                lines.Add(Input(input));
                break;
        }
    }

    /// <summary>
    /// Columns read side by side: their first lines joined on one line ("Uppfylls helt  3.6.1 Stadsdelsområdet…"),
    /// any further lines indented below it.
    /// </summary>
    private static void RenderColumns(ColumnSet set, List<string> lines)
    {
        var columns = set.Columns.Where(c => c.IsVisible != false).Select(c =>
        {
            var inner = new List<string>();
            RenderElements(c.Items, inner);
            return inner.Where(l => l.Length > 0).ToList();
        }).Where(c => c.Count > 0).ToList();
        if (columns.Count == 0) return;
        lines.Add(string.Join("  ", columns.Select(c => c[0])));
        lines.AddRange(columns.SelectMany(c => c.Skip(1)).Select(l => "  " + l));
    }

    private static string Inline(IEnumerable<CardElement> items)
    {
        var inner = new List<string>();
        RenderElements(items, inner);
        return string.Join(", ", inner.Where(l => l.Length > 0));
    }

    private static string Buttons(IEnumerable<CardAction> actions) =>
        string.Join(" ", actions.Select(a => $"[{a.Title ?? a.GetType().Name}]"));

    private static string Input(CardInput input)
    {
        var label = input.Label ?? input.Id;
        var value = input switch
        {
            InputText t => t.Value,
            InputNumber n => n.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            InputChoiceSet c => string.Join(" / ", c.Choices.Select(ch => ch.Value == c.Value ? $"({ch.Title})" : ch.Title)),
            InputToggle t => $"[{(t.Value == (t.ValueOn ?? "true") ? "x" : " ")}] {t.Title}",
            InputDate d => d.Value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
        return $"{label}{(input.IsRequired ? " *" : "")}: {value ?? "____"}";
    }

    private static int LongestLine(string text) => text.Split('\n').Max(l => l.Length);

    /// <summary>No blank line first, last or twice in a row.</summary>
    private static IEnumerable<string> Tidy(List<string> lines)
    {
        var previousBlank = true;
        var result = new List<string>();
        foreach (var line in lines.Select(l => l.TrimEnd()))
        {
            var blank = line.Length == 0;
            if (blank && previousBlank) continue;
            result.Add(line);
            previousBlank = blank;
        }
        if (result.Count > 0 && result[^1].Length == 0) result.RemoveAt(result.Count - 1);
        return result;
    }
}
