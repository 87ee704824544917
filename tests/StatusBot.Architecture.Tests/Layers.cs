using System.Reflection;

namespace StatusBot.Architecture.Tests;

/// <summary>The production assemblies and the namespaces that stand for the outside world (frameworks we must not leak inward).</summary>
internal static class Layers
{
    public static readonly Assembly Domain = typeof(Domain.Plans.Plan).Assembly;
    public static readonly Assembly Import = typeof(Import.ImportOptions).Assembly;
    public static readonly Assembly Storage = typeof(Storage.GoalStoreFactory).Assembly;
    public static readonly Assembly Application = typeof(Application.Asker).Assembly;
    public static readonly Assembly AdaptiveCards = typeof(AdaptiveCards.Model.AdaptiveCard).Assembly;
    public static readonly Assembly BotFramework = typeof(BotFramework.Schema.Activity).Assembly;
    public static readonly Assembly Teams = typeof(Teams.Bot.StatusBotActivityHandler).Assembly;
    public static readonly Assembly Mcp = typeof(Mcp.McpEndpoints).Assembly;
    public static readonly Assembly Host = typeof(Hosting.BotHost).Assembly;

    public static readonly Assembly[] Ours = [Domain, Import, Storage, Application, AdaptiveCards, BotFramework, Teams, Mcp, Host];

    /// <summary>Namespaces of ASP.NET Core: a use case that needs one of them is not a use case.</summary>
    public const string AspNetCore = "Microsoft.AspNetCore";
}
