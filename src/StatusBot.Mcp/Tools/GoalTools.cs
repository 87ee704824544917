using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using StatusBot.Application;
using StatusBot.Application.Queries;
using StatusBot.Mcp.Authentication;
using StatusBot.Mcp.Results;

namespace StatusBot.Mcp.Tools;

/// <summary>
/// The read tools over the goal store. Each asks <see cref="GoalQueries"/> as the authenticated caller, so the
/// answers are the chat's, limited to the organisations the caller has a role in. No tool writes.
/// </summary>
[McpServerToolType]
internal sealed class GoalTools(GoalQueries queries, ToolAnswers answers)
{
    internal const string NoCaller = "Okänd anropare: inloggning krävs.";

    [McpServerTool(Name = "search_goals", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Söker mål vars titel, indikatorer, aktiviteter eller beskrivning handlar om orden i query (svenska), bäst först. Varje träff har id, nummer, nämnd, år, senaste bedömning och källa (dokument).")]
    public CallToolResult SearchGoals(RequestContext<CallToolRequestParams> request,
        [Description("Sökord på svenska, t.ex. \"feriejobb\" eller \"trygghet i parker\"")] string query,
        [Description("Nämnd eller enhet, t.ex. \"Hägersten-Älvsjö\"; utelämnas = dina nämnder")] string? organisation = null,
        [Description("År, t.ex. 2024; utelämnas = senaste inlästa")] int? year = null) =>
        Run(request, asker => answers.From(queries.SearchGoals(asker, query, organisation, year)));

    [McpServerTool(Name = "get_goal_status", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Status för ett mål: bedömning, analys, indikatorer med utfall, aktiviteter, ansvariga och källa. Ange number (t.ex. \"3.6.1\") eller id.")]
    public CallToolResult GetGoalStatus(RequestContext<CallToolRequestParams> request,
        [Description("Målnummer, t.ex. \"3.6.1\"")] string? number = null,
        [Description("Målets id (från en tidigare träff)")] string? id = null,
        [Description("Nämnd eller enhet; utelämnas = dina nämnder")] string? organisation = null,
        [Description("Period: T1, T2 eller VB, gärna med år (\"T2 2024\"); utelämnas = senaste")] string? period = null) =>
        Run(request, asker => answers.From(queries.GoalStatus(asker, Selector(number, id), organisation, ToolArguments.Period(period)), goalExpected: true));

    [McpServerTool(Name = "list_goals", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("En nämnds mål för ett år på en nivå (standard nämndmål), eller bara de med en viss bedömning.")]
    public CallToolResult ListGoals(RequestContext<CallToolRequestParams> request,
        [Description("Nämnd eller enhet, t.ex. \"Enskede-Årsta-Vantör\"")] string organisation,
        [Description("År, t.ex. 2023; utelämnas = senaste inlästa")] int? year = null,
        [Description("Nivå: nämndmål (standard), enhetsmål, inriktningsmål eller verksamhetsområdesmål")] string? level = null,
        [Description("Bedömning: \"uppfylls helt\", \"uppfylls delvis\" eller \"uppfylls inte\"")] string? assessment = null) =>
        Run(request, asker => answers.From(queries.ListGoals(asker, organisation, year, ToolArguments.Level(level), ToolArguments.Assessment(assessment))));

    [McpServerTool(Name = "get_indicator", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Ett måls indikatorer med årsmål, KF:s årsmål, periodicitet och utfall per period; name begränsar till indikatorer vars namn innehåller texten.")]
    public CallToolResult GetIndicator(RequestContext<CallToolRequestParams> request,
        [Description("Målnummer, t.ex. \"3.6.1\"")] string? number = null,
        [Description("Målets id")] string? id = null,
        [Description("Del av indikatorns namn, t.ex. \"sjukfrånvaro\"")] string? name = null,
        [Description("Nämnd eller enhet; utelämnas = dina nämnder")] string? organisation = null,
        [Description("Period: T1, T2 eller VB med år; utelämnas = alla perioder")] string? period = null) =>
        Run(request, asker => answers.From(queries.Indicators(asker, Selector(number, id), name, organisation, ToolArguments.Period(period)), goalExpected: true));

    [McpServerTool(Name = "list_not_reported", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Vem har inte rapporterat en period: per ansvarig person, målen utan inskickat utfall, och nämndmål utan ansvarig.")]
    public CallToolResult ListNotReported(RequestContext<CallToolRequestParams> request,
        [Description("Nämnd, t.ex. \"Enskede-Årsta-Vantör\"")] string organisation,
        [Description("Period: T1, T2 eller VB, gärna med år (\"T2 2024\")")] string period) =>
        Run(request, asker => answers.From(queries.NotReported(asker, organisation, ToolArguments.Period(period)
            ?? throw new ArgumentException("Ange en period: T1, T2 eller VB."))));

    [McpServerTool(Name = "my_goals", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Målen du ansvarar för (som ansvarig eller delegat) och, som samordnare, nämndens nämndmål.")]
    public CallToolResult MyGoals(RequestContext<CallToolRequestParams> request,
        [Description("År; utelämnas = alla år")] int? year = null) =>
        Run(request, asker => answers.From(queries.MyGoals(asker, year)));

    private static GoalSelector Selector(string? number, string? id) =>
        !string.IsNullOrWhiteSpace(id) ? GoalSelector.ById(id.Trim())
        : !string.IsNullOrWhiteSpace(number) ? GoalSelector.ByNumber(number.Trim())
        : throw new ArgumentException("Ange målets nummer (t.ex. \"3.6.1\") eller id.");

    /// <summary>Runs a tool as the request's caller; a bad argument becomes a Swedish error result, not an exception.</summary>
    private static CallToolResult Run(RequestContext<CallToolRequestParams> request, Func<Asker, CallToolResult> tool)
    {
        if (McpCaller.From(request.User) is not { } asker) return Error(NoCaller);
        try
        {
            return tool(asker);
        }
        catch (ArgumentException e)
        {
            return Error(e.Message);
        }
    }

    private static CallToolResult Error(string message) => new()
    {
        Content = [new TextContentBlock { Text = message }],
        IsError = true,
    };
}
