using Microsoft.Extensions.DependencyInjection;
using StatusBot.Graph;
using StatusBot.Teams.Reminders;
using StatusBot.Tests.Hosting;
using StatusBot.Application.Responsibilities;

namespace StatusBot.Tests.Graph;

public sealed class GraphRegistrationTests
{
    [Fact]
    public async Task Graph_is_registered_only_when_enabled()
    {
        await using (var off = await HostedBot.StartAsync(HostedBot.NewSqliteStore()))
        {
            Assert.Null(off.Services.GetService<IPeopleDirectory>());
            Assert.Null(off.Services.GetService<IAppInstaller>());
        }

        await using var on = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), settings: new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true",
            ["Graph:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Graph:ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Graph:ClientSecret"] = "not-a-real-secret",
            ["Graph:TeamsAppCatalogId"] = "catalog-1",
        });
        Assert.IsType<GraphPeopleDirectory>(on.Services.GetRequiredService<IPeopleDirectory>());
        Assert.IsType<GraphAppInstaller>(on.Services.GetRequiredService<IAppInstaller>());
    }
}
