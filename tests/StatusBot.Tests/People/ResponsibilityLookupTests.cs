using StatusBot.Application.Conversation;
using StatusBot.Application.Responsibilities;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;
using StatusBot.Tests.Support;
using StatusBot.Application;

namespace StatusBot.Tests.People;

/// <summary>
/// The indexed directory against the plain definition (scan every entry), on a city-sized list with people
/// named by object id, by UPN, by both and with stray spaces and case, so an index that drops or invents a match fails.
/// </summary>
public sealed class ResponsibilityLookupTests
{
    private static readonly Plan Enskede = ImportedSeeds.Enskede;

    [Fact]
    public void Indexed_answers_equal_a_scan_of_every_entry()
    {
        var random = new Random(8);
        var numbers = Enskede.Goals.Select(g => g.Number).OfType<string>().Distinct().ToArray();
        var entries = Enumerable.Range(0, 3000).Select(i =>
        {
            var person = random.Next(400);
            var upn = random.Next(3) == 0 ? "" : (random.Next(2) == 0 ? $" Chef{person}@Stockholm.se" : $"chef{person}@stockholm.se");
            var oid = random.Next(3) == 0 ? null : $"oid-{person}";
            var role = (ResponsibilityRole)random.Next(3);
            return new Responsibility(random.Next(4) == 0 ? "Annan nämnd" : Enskede.Organisation, Enskede.Year - random.Next(2),
                role == ResponsibilityRole.Coordinator ? null : numbers[random.Next(numbers.Length)], new PersonRef(upn) { AadObjectId = oid }, role);
        }).Where(r => !string.IsNullOrWhiteSpace(r.Person.Upn) || r.Person.AadObjectId is not null).ToArray();
        var directory = new ConfiguredResponsibilityDirectory(entries);

        foreach (var person in Enumerable.Range(0, 420))
        {
            foreach (var asker in new[] { new Asker($"oid-{person}"), new Asker("teams-id", Upn: $"CHEF{person}@stockholm.se"), new Asker($"chef{person}@stockholm.se") })
                Assert.Equal(ScanGoalsFor(entries, asker), directory.GoalsFor(asker));
        }
        foreach (var goal in Enskede.Goals)
            Assert.Equal(ScanResponsibleFor(entries, Enskede, goal), directory.ResponsibleFor(Enskede, goal));
    }

    // The definition, as it was written before the index: every entry looked at.
    private static Responsibility[] ScanGoalsFor(Responsibility[] all, Asker asker)
    {
        var direct = all.Where(r => Is(r.Person.AadObjectId, asker.UserId) || Is(r.Person.Upn, asker.Upn) || Is(r.Person.Upn, asker.UserId)).ToArray();
        if (direct.Length == 0) return direct;
        var upns = direct.Select(r => r.Person.Upn).Append(asker.Upn).Where(u => !string.IsNullOrWhiteSpace(u)).ToArray();
        var ids = direct.Select(r => r.Person.AadObjectId).Append(asker.UserId).Where(i => !string.IsNullOrWhiteSpace(i)).ToArray();
        return all.Where(r => direct.Contains(r) || upns.Any(u => Is(r.Person.Upn, u)) || ids.Any(i => Is(r.Person.AadObjectId, i))).ToArray();
    }

    private static PersonRef[] ScanResponsibleFor(Responsibility[] all, Plan plan, StatusBot.Domain.Goals.Goal goal) =>
        goal.Number is null
            ? []
            : all.Where(r => r.Role != ResponsibilityRole.Coordinator && r.Year == plan.Year && r.GoalNumber == goal.Number
                             && (Is(r.Organisation, plan.Organisation) || Is(r.Organisation, plan.ParentOrganisation)))
                .Select(r => r.Person).Distinct().ToArray();

    private static bool Is(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
