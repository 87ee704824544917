using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Application.Conversation;
using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Plans;
using StatusBot.Application;

namespace StatusBot.Tests.Conversation.Support;

/// <summary>
/// The conversation wired the way the app wires it (AddConversation over in-memory configuration), with the
/// seed-shaped plans loaded and a fake clock.
/// </summary>
internal sealed class ConversationHarness
{
    public ConversationHarness(IDictionary<string, string?>? configuration = null, IReadOnlyList<Plan>? plans = null, DateTimeOffset? now = null)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()).Build();
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2024, 3, 10, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddConversation(config)
            .BuildServiceProvider();
        services.GetRequiredService<GoalIndexHolder>().Replace(plans ?? SeedPlans.All());
        Service = services.GetRequiredService<ConversationService>();
    }

    public FakeTimeProvider Clock { get; }

    public ConversationService Service { get; }

    public Answer Ask(string text, string user = "user-1", string? upn = null, string? tenant = null) =>
        Service.Answer(text, new Asker(user, upn, tenant));

    /// <summary>Configuration with a default organisation (and optional extra keys).</summary>
    public static Dictionary<string, string?> DefaultOrganisation(string organisation, params (string Key, string Value)[] extra)
    {
        var d = new Dictionary<string, string?> { ["Conversation:DefaultOrganisation"] = organisation };
        foreach (var (k, v) in extra) d[k] = v;
        return d;
    }
}
