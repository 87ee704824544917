using System.Text.RegularExpressions;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;
using StatusBot.Testing;

namespace StatusBot.Tests.Conversation.Support;

/// <summary>
/// A crude stand-in for the importer: reads only the goal headings of a seed (DOMAIN.md §2.2–2.3: prefixed
/// lines, wrapped up to the first blank line, nämndmål numbers typed or derived by position) so that search can
/// be tested against every real title. No indicators, activities or assessments. Replace with the importer.
/// </summary>
internal static partial class SeedHeadings
{
    private static readonly string[] InriktningsmalTitles =
    [
        "Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden",
        "Ett grönt och fossilfritt Stockholm som leder en rättvis klimatomställning",
        "Ett Stockholm med en stabil och hållbar ekonomi med utbildning, jobb och bostäder för alla",
    ];

    [GeneratedRegex(@"^\s*KF:s inriktningsmål:\s*(\d)\.")]
    private static partial Regex Im();

    [GeneratedRegex(@"^\s*KF:s mål för verksamhetsområdet:\s*(\d\.\d)\s+(.*)$")]
    private static partial Regex Vo();

    [GeneratedRegex(@"^\s*Nämndmål:\s*(?:(\d+\.\d+\.\d+)\.?\s*)?(.*)$")]
    private static partial Regex Nm();

    public static Plan Read(string seedFile, string organisation, int year, DocumentKind document)
    {
        var lines = File.ReadAllLines(RepoPaths.Seed(seedFile));
        var plan = new Plan(organisation, year, document);
        Goal? im = null, vo = null;
        var position = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (Im().Match(lines[i]) is { Success: true } imMatch)
            {
                var n = imMatch.Groups[1].Value;
                im = Add(plan, GoalLevel.Inriktningsmal, n, InriktningsmalTitles[int.Parse(n) - 1], null);
            }
            else if (Vo().Match(lines[i]) is { Success: true } voMatch)
            {
                vo = Add(plan, GoalLevel.Verksamhetsomradesmal, voMatch.Groups[1].Value, Wrapped(lines, i, voMatch.Groups[2].Value), im);
                position = 0;
            }
            else if (Nm().Match(lines[i]) is { Success: true } nmMatch && vo is not null)
            {
                position++;
                var typed = nmMatch.Groups[1].Success ? nmMatch.Groups[1].Value : null;
                var goal = Add(plan, GoalLevel.Namndmal, typed ?? $"{vo.Number}.{position}", Wrapped(lines, i, nmMatch.Groups[2].Value), vo);
                goal.NumberIsDerived = typed is null;
            }
        }
        return plan;
    }

    private static Goal Add(Plan plan, GoalLevel level, string number, string title, Goal? parent)
    {
        var goal = new Goal(StableId.ForGoal(plan.Id, number), level, title) { Number = number, ParentId = parent?.Id };
        plan.Goals.Add(goal);
        return goal;
    }

    /// <summary>The heading's first line plus the lines after it up to the first blank one.</summary>
    private static string Wrapped(string[] lines, int at, string first)
    {
        var parts = new List<string> { first.Trim() };
        for (var j = at + 1; j < lines.Length && lines[j].Trim().Length > 0; j++) parts.Add(lines[j].Trim());
        return string.Join(' ', parts).Trim();
    }
}
