using StatusBot.Application.Conversation;
using StatusBot.Application.Conversation.Context;
using StatusBot.Application.Conversation.Organisations;
using StatusBot.Application.ReadModel;
using StatusBot.Application.Responsibilities;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Evaluation;

/// <summary>
/// The conversation wired as the app wires it (<see cref="ConversationServiceCollectionExtensions.AddConversation"/>)
/// over the given plans, with the demo's default nämnd and people: the evaluation's asker is the demo user, so
/// "mina mål" and reporting questions have someone responsible behind them.
/// </summary>
public static class EvaluationHarness
{
    /// <summary>The Agents Playground's user, whom the demo configuration makes responsible and coordinator.</summary>
    public static Asker DemoAsker(IConfiguration demo) =>
        demo.GetSection("Responsibilities").GetChildren().Select(s => s["AadObjectId"]).FirstOrDefault(id => !string.IsNullOrWhiteSpace(id))
            is { } id
            ? new Asker(id, demo.GetSection("Responsibilities").GetChildren().Select(s => s["Upn"]).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)))
            : new Asker("evaluation");

    /// <param name="plans">The seeds as imported.</param>
    /// <param name="demo">The "Demo" section: DefaultOrganisation and Responsibilities.</param>
    public static ConversationService Conversation(IReadOnlyList<Plan> plans, IConfiguration demo) =>
        new(new GoalIndexHolder(new GoalIndex(plans)),
            new FixedOrganisation(demo["DefaultOrganisation"]),
            new ConfiguredResponsibilityDirectory(ConfiguredResponsibilityDirectory.Read(demo.GetSection("Responsibilities"))),
            TimeProvider.System,
            new ConversationMemory(TimeProvider.System));

    private sealed class FixedOrganisation(string? organisation) : IOrganisationResolver
    {
        public string? DefaultOrganisationFor(Asker asker) => organisation;
    }
}
