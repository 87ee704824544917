using StatusBot.Application.ReadModel;
using StatusBot.Domain.Plans;
using StatusBot.Import;
using StatusBot.Tests.Conversation.Support;
using StatusBot.Testing;

namespace StatusBot.Tests.Conversation;

/// <summary>
/// Replacing one plan in an index (what a submitted outcome does) must answer every look-up exactly as an index
/// built from scratch over the same plans, whether the patch path or the full rebuild was taken.
/// </summary>
public sealed class GoalIndexReplaceTests
{
    private static Plan Read(string seed) => DocumentImporter.ImportFile(RepoPaths.Seed(seed));

    private static readonly string[] Queries = ["trygghet", "förskola", "ekonomi i balans", "sjukfrånvaro", "klimat", "brottsförebyggande"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_replaced_plan_answers_as_a_fresh_index(bool changeATitle)
    {
        var index = new GoalIndex([Read(RepoPaths.Hagersten), Read(RepoPaths.Enskede), Read(RepoPaths.Stod)]);
        var replacement = Read(RepoPaths.Enskede); // new objects, same document: what PlanCatalog re-reads
        if (changeATitle) replacement.FindByNumber("3.6.1")!.Title = "Helt ny titel om zebralejon";

        var patched = index.WithPlanReplaced(replacement);
        var fresh = new GoalIndex([index.Plans[0], replacement, index.Plans[2]]);

        Assert.Same(replacement, patched.Plans[1]);
        foreach (var plan in fresh.Plans)
            foreach (var goal in plan.Goals)
            {
                Assert.Same(fresh.FindById(goal.Id)!.Goal, patched.FindById(goal.Id)!.Goal);
                if (goal.Number is { } number) Assert.Same(fresh.Find(plan, number)!.Goal, patched.Find(plan, number)!.Goal);
            }
        foreach (var query in Queries.Append("zebralejon"))
            Assert.Equal(fresh.Search(query).Select(h => (h.Goal.Goal, h.Score, h.Field)), patched.Search(query).Select(h => (h.Goal.Goal, h.Score, h.Field)));
        foreach (var organisation in fresh.Organisations)
            Assert.Equal(fresh.PlansOf(organisation), patched.PlansOf(organisation));
        Assert.Equal(fresh.Namnder, patched.Namnder);
        Assert.Equal(changeATitle, patched.Search("zebralejon").Count > 0);
    }

    [Fact]
    public void A_plan_not_in_the_index_is_added()
    {
        var index = new GoalIndex([Read(RepoPaths.Hagersten)]);
        var added = index.WithPlanReplaced(Read(RepoPaths.Stod));
        Assert.Equal(2, added.Plans.Count);
        Assert.Contains(SeedPlans.Stod, added.Organisations);
    }
}
