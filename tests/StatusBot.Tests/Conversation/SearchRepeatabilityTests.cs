using StatusBot.Application.ReadModel;
using StatusBot.Tests.Conversation.Support;

namespace StatusBot.Tests.Conversation;

/// <summary>
/// Search reuses per-thread working arrays: every query must start from a clean slate, whatever came before it on
/// the thread (other queries, another index of another size, queries from many threads at once).
/// </summary>
public sealed class SearchRepeatabilityTests
{
    private static readonly string[] Queries = ["trygghet", "sjukfrånvaron", "förskola barn", "ekonomi i balans", "klimat", "nöjda brukare", "xyzzy"];

    private static List<(string, double)> Run(GoalIndex index, string query) =>
        [.. index.Search(query, max: 25).Select(h => (h.Goal.Goal.Id, h.Score))];

    [Fact]
    public void Interleaved_queries_on_two_indexes_answer_as_if_each_ran_alone()
    {
        var all = new GoalIndex(SeedPlans.All());
        var one = new GoalIndex([SeedPlans.All()[0]]);
        var alone = Queries.ToDictionary(q => q, q => (All: Run(new GoalIndex(SeedPlans.All()), q), One: Run(new GoalIndex([SeedPlans.All()[0]]), q)));

        for (var round = 0; round < 3; round++)
            foreach (var query in Queries)
            {
                Assert.Equal(alone[query].All, Run(all, query));
                Assert.Equal(alone[query].One, Run(one, query));
            }
    }

    [Fact]
    public async Task Concurrent_queries_get_the_same_answers()
    {
        var index = new GoalIndex(SeedPlans.All());
        var expected = Queries.ToDictionary(q => q, q => Run(index, q));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                var query = Queries[(i + worker) % Queries.Length];
                Assert.Equal(expected[query], Run(index, query));
            }
        })));
    }
}
