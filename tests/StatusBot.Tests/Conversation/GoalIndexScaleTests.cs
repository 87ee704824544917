using System.Diagnostics;
using StatusBot.Application.ReadModel;
using Activity = StatusBot.Domain.Activities.Activity;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;
using StatusBot.Testing;
using Xunit.Abstractions;

namespace StatusBot.Tests.Conversation;

/// <summary>
/// A city-sized store (3 000 goals, 10 000 indicators) made of the enskede report's own vocabulary, with a few
/// real goals planted in it. Checks that search still finds them by stem, compound and typo, and that a query
/// stays far from linear-scan territory. The time bound is loose on purpose (the build machine is shared);
/// the figures are written to the test output.
/// </summary>
public class GoalIndexScaleTests(ITestOutputHelper output)
{
    private static readonly Lazy<(GoalIndex Index, TimeSpan Build)> City = new(BuildCity);

    private static readonly string[] PlantedStems = ["sjukfr", "tillgäng", "välsk"];

    private static (GoalIndex, TimeSpan) BuildCity()
    {
        var words = File.ReadAllText(RepoPaths.Seed(RepoPaths.Enskede))
            .Split((char[])[' ', '\n', '.', ',', '(', ')', ':', '"', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && w.All(char.IsLetter))
            // The planted goal's words stay out of the noise, so there is exactly one right answer.
            .Where(w => !PlantedStems.Any(p => w.Contains(p, StringComparison.OrdinalIgnoreCase)))
            .Distinct()
            .ToArray();
        var random = new Random(20231231);
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]));

        var plans = new List<Plan>();
        var indicators = 0;
        for (var p = 0; p < 30; p++)
        {
            var plan = new Plan($"Nämnd {p:00}", 2020 + p % 5, DocumentKind.Verksamhetsplan);
            for (var g = 0; g < 100; g++)
            {
                var number = $"{g / 10 + 1}.{g % 10 + 1}.1";
                var goal = new Goal(StableId.ForGoal(plan.Id, number), GoalLevel.Namndmal, Words(12)) { Number = number, Description = Words(60) };
                goal.ExpectedResults.Add(Words(15));
                for (var i = 0; i < (g % 3 == 0 ? 4 : 3); i++, indicators++)
                    goal.Indicators.Add(new Indicator(StableId.ForIndicator(goal.Id, i), Words(8)));
                goal.Activities.Add(new Activity(StableId.ForActivity(goal.Id, 1), Words(10)));
                plan.Goals.Add(goal);
            }
            plans.Add(plan);
        }
        var target = plans[17].Goals[42];
        target.Title = "Stadsdelsområdet är tryggt, tillgängligt och välskött";
        target.Indicators.Add(new Indicator(StableId.ForIndicator(target.Id, 9), "Sjukfrånvaro dag 1-14"));

        var watch = Stopwatch.StartNew();
        var index = new GoalIndex(plans);
        return (index, watch.Elapsed);
    }

    [Fact]
    public void Finds_planted_goals_among_three_thousand()
    {
        var (index, build) = City.Value;
        output.WriteLine($"{index.GoalCount} goals, {index.Plans.Sum(p => p.Goals.Sum(g => g.Indicators.Count))} indicators, {index.TermCount} terms, built in {build.TotalMilliseconds:F0} ms");
        Assert.Equal(3000, index.GoalCount);
        Assert.True(index.Plans.Sum(p => p.Goals.Sum(g => g.Indicators.Count)) >= 10_000);

        foreach (var query in new[] { "sjukfrånvaro", "sjukfrånvarn", "hur går det med sjukfrånvaron", "tillgängligt välskött", "välsköt tilgängligt" })
        {
            var hits = index.Search(query);
            foreach (var h in hits.Take(3)) output.WriteLine($"{query}: {h.Goal} {h.Score:F2} {h.Field} {h.MatchedText}");
            Assert.Equal(("Nämnd 17", "5.3.1"), (hits[0].Goal.Plan.Organisation, hits[0].Goal.Goal.Number));
        }
    }

    [Fact]
    public void A_query_takes_far_less_than_a_scan()
    {
        var (index, _) = City.Value;
        string[] queries = ["sjukfrånvaro", "feriejobben", "trygghet", "tryghet", "sjukfrånvarn", "asdf qwerty", "förskolan barn", "verksamheterna"];
        foreach (var q in queries) index.Search(q); // warm up the JIT

        var timings = new List<double>();
        foreach (var q in queries)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < 50; i++) index.Search(q);
            var perQuery = watch.Elapsed.TotalMilliseconds / 50;
            timings.Add(perQuery);
            output.WriteLine($"{q,-16} {perQuery:F3} ms");
        }
        timings.Sort();
        var median = timings[timings.Count / 2];
        output.WriteLine($"median {median:F3} ms");
        Assert.True(median < 10, $"median {median:F3} ms per query");
    }
}
