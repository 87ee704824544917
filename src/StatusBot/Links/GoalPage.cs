using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;

namespace StatusBot.Links;

/// <summary>
/// A goal's status as a minimal, accessible HTML page in Swedish: what a browser shows for a goal link. Every
/// text from the store is HTML-encoded; the page has no scripts, styles or external resources.
/// </summary>
public static class GoalPage
{
    // Keeps å, ä and ö readable in the source while still encoding <, >, &, quotes and control characters.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public const string NotFoundHeading = "Målet finns inte";

    public static string Render(GoalRef goal)
    {
        var (plan, g) = (goal.Plan, goal.Goal);
        var heading = g.Number is null ? $"{g.Level.DisplayName()}: {g.Title}" : $"{g.Level.DisplayName()} {g.Number}: {g.Title}";
        var body = new StringBuilder();
        body.Append("<p>").Append(E($"{plan.Organisation} · {plan.Document.DisplayName()} {plan.Year}")).Append("</p>\n");
        body.Append("<h1>").Append(E(heading)).Append("</h1>\n");
        var ancestors = Ancestors(plan, g);
        if (ancestors.Count > 0)
            body.Append("<p>Ingår i: ").Append(E(string.Join(" › ", ancestors.Select(a => a.DisplayLabel)))).Append("</p>\n");

        body.Append("<h2>Bedömning</h2>\n");
        var latest = g.LatestAssessment;
        body.Append("<p><strong>").Append(E(latest?.Bedomning.Label() ?? "Ej bedömd")).Append("</strong>");
        if (latest is not null) body.Append(" (").Append(E(latest.Period.ToString())).Append(')');
        body.Append("</p>\n");
        if (!string.IsNullOrWhiteSpace(latest?.Analysis))
            body.Append("<h2>Analys</h2>\n<p>").Append(E(latest.Analysis)).Append("</p>\n");

        List("Indikatorer", g.Indicators.Select(i => i.Name), body);
        List("Aktiviteter", g.Activities.Select(a => a.Deviation ? $"{a.Title} (avvikelse)" : a.Title), body);
        return Document(heading, body.ToString());
    }

    public static string NotFound() =>
        Document(NotFoundHeading, $"<h1>{NotFoundHeading}</h1>\n<p>Länken pekar inte på något mål som finns inläst just nu. " +
                                  "Fråga StatusBot i Teams, t.ex. ”hur går nämndmål 3.6.1?”.</p>\n");

    private static void List(string heading, IEnumerable<string> items, StringBuilder body)
    {
        var texts = items.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (texts.Count == 0) return;
        body.Append("<h2>").Append(E(heading)).Append("</h2>\n<ul>\n");
        foreach (var text in texts) body.Append("<li>").Append(E(text)).Append("</li>\n");
        body.Append("</ul>\n");
    }

    private static IReadOnlyList<Goal> Ancestors(Plan plan, Goal goal)
    {
        var chain = new List<Goal>();
        // Bounded: a corrupt parent link must not hang a request.
        for (var parent = plan.ParentOf(goal); parent is not null && chain.Count < 8; parent = plan.ParentOf(parent)) chain.Insert(0, parent);
        return chain;
    }

    private static string Document(string title, string main) =>
        "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        $"<title>{E(title)} – StatusBot</title>\n</head>\n<body>\n<main>\n{main}</main>\n</body>\n</html>\n";

    private static string E(string? text) => Html.Encode(text ?? "");
}
