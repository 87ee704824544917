using BenchmarkDotNet.Attributes;
using StatusBot.Teams.Cards;
using StatusBot.Application.ReadModel;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Import;
using StatusBot.Application.Outcomes;
using StatusBot.Testing;
using StatusBot.Domain.Outcomes;

namespace StatusBot.Benchmarks;

/// <summary>
/// The per-question hot paths of a status answer (issue 8 part 2), on a city-sized index built in memory the way
/// bench/load/citystore.sh builds the store: each seed cloned into 14 nämnder x 3 years (129 plans).
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private static readonly string[] Questions =
    [
        "hur går nämndmål 3.6.1?", "nämndmål 1.4.2", "hur går det med sjukfrånvaron?", "vilka mål uppfylls delvis?",
        "mina mål", "trygghet", "3,5,1 i Hägersten-Älvsjö", "hjälp",
    ];

    private GoalIndex _index = GoalIndex.Empty;
    private Plan _plan = null!;
    private Plan _replacement = null!;
    private Goal _goal = null!;
    private GoalCardContext _context = null!;
    private Dictionary<string, string> _form = [];
    private readonly ReportingPeriod _period = new(2023, PeriodKind.VB);

    [GlobalSetup]
    public void Setup()
    {
        var seeds = new[] { RepoPaths.Enskede, RepoPaths.Hagersten, RepoPaths.Stod }
            .Select(name => (name, text: File.ReadAllText(RepoPaths.Seed(name)))).ToList();
        var originals = seeds.Select(s => DocumentImporter.ImportText(s.text, s.name)).ToList();
        var plans = new List<Plan>(originals);
        for (var n = 1; n <= 14; n++)
            for (var i = 0; i < seeds.Count; i++)
                for (var shift = 0; shift < 3; shift++)
                    plans.Add(DocumentImporter.ImportText(seeds[i].text, seeds[i].name,
                        new ImportOptions { Organisation = $"{originals[i].Organisation} {n}", Year = originals[i].Year + shift }));
        _index = new GoalIndex(plans);
        _plan = originals[0];
        _replacement = DocumentImporter.ImportText(seeds[0].text, seeds[0].name); // same plan, new objects
        _goal = _plan.Goals.First(g => g.Number == "3.6.1" && g.Level == GoalLevel.Namndmal);
        _context = new GoalCardContext([], new DateOnly(2023, 12, 31), _period);
        _form = new Dictionary<string, string>
        {
            [OutcomeFields.Bedomning] = nameof(Bedomning.UppfyllsDelvis),
            [OutcomeFields.Analysis] = "Tryggheten ökade men belysningen blev försenad.",
        };
        Console.WriteLine($"// city index: {plans.Count} plans, {plans.Sum(p => p.Goals.Count)} goals");
    }

    [Benchmark(Description = "QuestionParser.Parse, mix of 8 questions")]
    public int ParseMix()
    {
        var n = 0;
        foreach (var q in Questions) n += QuestionParser.Parse(q).GetHashCode() & 1;
        return n;
    }

    [Benchmark(Description = "GoalIndex.Search 'sjukfrånvaron' on the city index")]
    public int SearchCity() => _index.Search("sjukfrånvaron").Count;

    [Benchmark(Description = "GoalStatusCard.Build 3.6.1")]
    public object BuildCard() => GoalStatusCard.Build(_plan, _goal, _context);

    [Benchmark(Description = "GoalStatusCard.BuildRendered 3.6.1 (built, size-checked, reply JSON)")]
    public int BuildRendered() => GoalStatusCard.BuildRendered(_plan, _goal, _context).Json.Length;

    [Benchmark(Description = "GoalIndex.WithPlanReplaced, one plan of the city index (after a submission)")]
    public int ReplacePlan() => _index.WithPlanReplaced(_replacement).GoalCount;

    [Benchmark(Description = "OutcomeValidator.Validate submission for 3.6.1")]
    public object Validate() => OutcomeValidator.Validate(_goal, _period, _form, OutcomeCheck.Submission);
}
