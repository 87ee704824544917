using Microsoft.Extensions.DependencyInjection;
using StatusBot.Application.Conversation;
using StatusBot.Application.Responsibilities;
using StatusBot.Domain.People;
using StatusBot.Domain.Store;
using StatusBot.Storage;
using StatusBot.Tests.Hosting;
using StatusBot.Application;

namespace StatusBot.Tests.People;

/// <summary>The running app answers from the demo's configured people and from the imported ones together.</summary>
public sealed class HostedResponsibilitiesTests
{
    private const string Enskede = "Enskede-Årsta-Vantörs stadsdelsnämnd";
    private const string DemoUserId = "00000000-0000-0000-0000-0000000000020";

    [Fact]
    public async Task Demo_responsibilities_still_work_beside_imported_ones()
    {
        var path = HostedBot.NewSqliteStore();
        await using (var store = GoalStoreFactory.Open(path))
        {
            await store.MigrateAsync();
            await ((IResponsibilityStore)store).ReplaceAsync(Enskede, 2023,
                [new Responsibility(Enskede, 2023, "3.6.1", new PersonRef("imported@stockholm.se") { AadObjectId = "oid-imported" }, ResponsibilityRole.Delegate)]);
        }

        await using var bot = await HostedBot.StartAsync(path);
        var directory = bot.Services.GetRequiredService<IResponsibilityDirectory>();

        Assert.Contains(directory.GoalsFor(new Asker(DemoUserId)), r => r.GoalNumber == "3.6.1" && r.Role == ResponsibilityRole.Ansvarig);
        Assert.Equal(["3.6.1"], directory.GoalsFor(new Asker("oid-imported")).Select(r => r.GoalNumber));
    }
}
