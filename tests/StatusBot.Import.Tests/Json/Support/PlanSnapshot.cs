using System.Globalization;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;

namespace StatusBot.Testing.Plans;

/// <summary>
/// Every field of a plan as one line each, so that two plans compare field by field and a failing
/// assertion names the first field that differs. Decimals compare by value (2,70 equals 2,7).
/// </summary>
internal static class PlanSnapshot
{
    public static void AssertEqual(Plan expected, Plan actual) =>
        Assert.Equal(Lines(expected), Lines(actual));

    public static void AssertEqual(IEnumerable<Plan> expected, IEnumerable<Plan> actual) =>
        Assert.Equal(expected.SelectMany(Lines), actual.SelectMany(Lines));

    public static List<string> Lines(Plan plan)
    {
        var lines = new List<string>
        {
            $"plan {plan.Id} | {plan.Organisation} | {plan.ParentOrganisation} | {plan.Year} | {plan.Document} | {plan.Source}",
        };
        lines.AddRange(plan.Warnings.Select(w => $"  warning {w}"));
        lines.AddRange(plan.ImportGaps.Select(g => $"  import gap {g.LineNumber} | {g.Text} | {g.Reason}"));
        foreach (var g in plan.Goals)
        {
            lines.Add($"  goal {g.Id} | {g.Level} | {g.Number} | {g.PrintedNumber} | {g.NumberIsDerived} | {g.Title} | parent {g.ParentId}");
            lines.Add($"    description {g.Description}");
            lines.AddRange(g.ExpectedResults.Select(r => $"    expected {r}"));
            lines.AddRange(g.Sections.Select(s => $"    section {s.Key} = {s.Value}"));
            foreach (var i in g.Indicators)
            {
                lines.Add($"    indicator {i.Id} | {i.Name} | {i.Unit} | {i.Periodicity} | {i.Direction} | split {i.SplitByGender}");
                lines.Add($"      target {Target(i.Target)} | kf {Target(i.KfTarget)}");
                lines.AddRange(i.Outcomes.Select(o =>
                    $"      outcome {o.Period} | {M(o.Total)} | men {M(o.Men)} | women {M(o.Women)} | prev {M(o.PreviousYear)} | {o.Analysis}"));
            }
            lines.AddRange(g.Activities.Select(a =>
                $"    activity {a.Id} | {a.Title} | {a.Start:yyyy-MM-dd} | {a.End:yyyy-MM-dd} | deviation {a.Deviation} | {a.Analysis} | council {a.IsCouncilAssignment}"));
            lines.AddRange(g.Assessments.Select(s =>
                $"    assessment {s.Period} | {s.Bedomning} | {s.Analysis} | {s.AssessedAt?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)} | {s.AssessedBy}"));
        }
        return lines;
    }

    private static string Target(TargetValue t) => $"{t.Kind} '{t.Raw}' {D(t.Value)} {t.Unit} {t.Direction}";

    private static string M(Measurement? m) => m is null ? "null" : $"'{m.Raw}' {D(m.Value)} {m.Unit}";

    private static string D(decimal? d) => d?.ToString("G29", CultureInfo.InvariantCulture) ?? "-";
}
