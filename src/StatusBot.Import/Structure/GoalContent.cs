using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Import.Tables;
using StatusBot.Import.Text;

namespace StatusBot.Import.Structure;

/// <summary>
/// Everything read under one goal heading until the next: prose parts, the assessment label, table rows. Turned
/// into the domain goal's fields once the section ends, when every row's Analys is known.
/// </summary>
internal sealed class GoalContent
{
    private readonly Vocabulary _vocabulary;
    private readonly Dictionary<string, ProseTarget> _sections = new(StringComparer.Ordinal);

    public GoalContent(Goal goal, int line, Vocabulary vocabulary)
    {
        Goal = goal;
        Line = line;
        _vocabulary = vocabulary;
        Intro = new ProseTarget(new ProseBuilder(vocabulary));
        Description = new ProseTarget(new ProseBuilder(vocabulary));
        Analysis = new ProseTarget(new ProseBuilder(vocabulary));
    }

    public Goal Goal { get; }

    public int Line { get; }

    /// <summary>Prose right after the heading (a VO's "Stadsdelsnämnden bidrar till…").</summary>
    public ProseTarget Intro { get; }

    public ProseTarget Description { get; }

    public ProseTarget Analysis { get; }

    public LineCollector ExpectedResults { get; } = new();

    public Bedomning? Label { get; set; }

    public int LabelLine { get; set; }

    public List<TableItem> Items { get; } = [];

    public ProseTarget Section(string name)
    {
        if (!_sections.TryGetValue(name, out var target))
            _sections[name] = target = new ProseTarget(new ProseBuilder(_vocabulary));
        return target;
    }

    public void ApplyTo(Plan plan, Action<int, string> warn)
    {
        var description = string.Join("\n\n", new[] { Intro.Builder.Build(), Description.Builder.Build() }.OfType<string>());
        Goal.Description = description.Length == 0 ? null : description;
        Goal.ExpectedResults.AddRange(ExpectedResultsParser.Parse(ExpectedResults.Lines, _vocabulary));
        foreach (var (name, target) in _sections)
            if (target.Builder.Build() is { } text) Goal.Sections[name] = text;

        var analysis = Analysis.Builder.Build();
        if (Label is { } label)
        {
            if (plan.Document == DocumentKind.Verksamhetsberattelse)
                Goal.Assessments.Add(new Assessment(new ReportingPeriod(plan.Year, PeriodKind.VB), label) { Analysis = analysis });
            else
                warn(LabelLine, $"Bedömningen \"{label.Label()}\" står i en verksamhetsplan och har inte importerats.");
        }
        else if (analysis is not null)
        {
            warn(Line, $"Målet \"{Goal.Title}\" har en analys men ingen bedömning (Uppfylls helt/delvis/inte); analysen lades i beskrivningen.");
            Goal.Description = Goal.Description is null ? analysis : Goal.Description + "\n\n" + analysis;
        }

        foreach (var item in Items)
        {
            var itemAnalysis = item.Analysis.Builder.Build();
            switch (item.Row)
            {
                case PlanIndicatorRow p:
                    Goal.Indicators.Add(IndicatorFactory.FromPlan(StableId.ForIndicator(Goal.Id, Goal.Indicators.Count + 1), p));
                    break;
                case ReportIndicatorRow r:
                    Goal.Indicators.Add(IndicatorFactory.FromReport(StableId.ForIndicator(Goal.Id, Goal.Indicators.Count + 1), r, plan.Year, itemAnalysis, m => warn(item.Line, m)));
                    break;
                case ActivityRow a:
                    Goal.Activities.Add(ActivityFactory.Create(StableId.ForActivity(Goal.Id, Goal.Activities.Count + 1), a, Goal.Level, itemAnalysis, plan.Year, m => warn(item.Line, m)));
                    break;
            }
        }
    }
}
