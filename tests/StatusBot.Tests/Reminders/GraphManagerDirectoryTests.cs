using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using StatusBot.Graph;
using StatusBot.Application.Reminders;
using StatusBot.Application.Responsibilities;

namespace StatusBot.Tests.Reminders;

public class GraphManagerDirectoryTests
{
    [Fact]
    public void Escalation_uses_the_managers_graph_has_resolved()
    {
        var people = new Mock<IPeopleDirectory>();
        people.Setup(p => p.KnownManagerOf("chef@example.se")).Returns("direktor@example.se");

        IManagerDirectory managers = new GraphManagerDirectory(people.Object);

        Assert.Equal("direktor@example.se", managers.ManagerOf("chef@example.se"));
        Assert.Null(managers.ManagerOf("okand@example.se"));
    }

    [Fact]
    public void With_graph_enabled_the_planner_gets_the_graph_managers_not_the_fallback()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true", ["Graph:TenantId"] = "t", ["Graph:ClientId"] = "c", ["Graph:ClientSecret"] = "s",
        }).Build();
        var services = new ServiceCollection();

        services.AddStatusBotGraph(configuration);
        services.AddReminderPlanning(configuration);

        var registration = services.Last(d => d.ServiceType == typeof(IManagerDirectory));
        Assert.Equal(typeof(GraphManagerDirectory), registration.ImplementationType);
        Assert.Single(services, d => d.ServiceType == typeof(IManagerDirectory));
    }
}
