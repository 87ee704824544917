using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Queries;
using StatusBot.Application.Responsibilities;

namespace StatusBot.Mcp.Results;

/// <summary>
/// Turns a query result into a tool result: structured JSON (<c>kind</c> says which shape) plus a short Swedish
/// text for clients that only read text. Every goal carries its <c>source</c> so an agent can cite it.
/// </summary>
internal sealed class ToolAnswers(IResponsibilityDirectory responsibilities)
{
    /// <param name="goalExpected">True for tools that name one goal: anything else (not found, a choice) is an error.</param>
    public CallToolResult From(QueryResult result, bool goalExpected = false) => result switch
    {
        RefusedQuery refused => Result(new JsonObject { ["kind"] = "refused", ["message"] = refused.Reason }, refused.Reason, isError: true),
        SearchResults search => Search(search),
        IndicatorResults indicators => Indicators(indicators),
        AnsweredQuery answered => FromAnswer(answered.Answer, goalExpected),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.GetType().Name, null),
    };

    private CallToolResult FromAnswer(Answer answer, bool goalExpected)
    {
        switch (answer)
        {
            case GoalAnswer goal:
                var detail = GoalJson.Detail(goal.Plan, goal.Goal, goal.Scope, responsibilities.ResponsibleFor(goal.Plan, goal.Goal));
                detail["matchedText"] = goal.MatchedText;
                var assessment = detail["assessment"]?["bedomning"]?.GetValue<string>() ?? "ingen bedömning ännu";
                return Result(new JsonObject { ["kind"] = "goal", ["goal"] = detail },
                    $"{goal.Goal.DisplayLabel} ({goal.Plan.Organisation} {goal.Plan.Year}): {assessment}" +
                    (goal.Scope is { } p ? $" ({p})" : "") + $". Källa: {SourceText(goal.Plan)}.");
            case GoalListAnswer list:
                return Result(new JsonObject { ["kind"] = "goals", ["heading"] = list.Heading, ["goals"] = Goals(list.Goals) },
                    $"{list.Heading}: {list.Goals.Count} mål. " + string.Join("; ", list.Goals.Take(20).Select(g => g.Goal.DisplayLabel)));
            case DidYouMeanAnswer choice:
                return Result(new JsonObject { ["kind"] = "choice", ["message"] = choice.Reason, ["candidates"] = Goals(choice.Candidates) },
                    $"{choice.Reason} " + string.Join("; ", choice.Candidates.Select(g => g.ToString())), isError: goalExpected);
            case NotReportedAnswer missing:
                var groups = new JsonArray([.. missing.Groups.Select(g => (JsonNode)new JsonObject
                {
                    ["person"] = g.Person is { } person ? GoalJson.Person(person) : null,
                    ["goals"] = Goals(g.Goals),
                })]);
                return Result(new JsonObject { ["kind"] = "notReported", ["heading"] = missing.Heading, ["groups"] = groups },
                    $"{missing.Heading}: " + string.Join("; ", missing.Groups.Select(g =>
                        $"{g.Person?.DisplayName ?? g.Person?.Upn ?? "ingen ansvarig"} ({g.Goals.Count} mål)")));
            case TextAnswer text:
                return Result(new JsonObject { ["kind"] = "message", ["message"] = text.Text }, text.Text, isError: goalExpected);
            default:
                const string unsupported = "Den frågan besvaras bara i chatten med StatusBot i Teams.";
                return Result(new JsonObject { ["kind"] = "message", ["message"] = unsupported }, unsupported, isError: true);
        }
    }

    private static CallToolResult Search(SearchResults search)
    {
        var hits = new JsonArray([.. search.Hits.Select(h =>
        {
            var json = GoalJson.Summary(h.Goal);
            json["score"] = Math.Round(h.Score, 3);
            json["matchedField"] = h.Field.ToString().ToLowerInvariant();
            json["matchedText"] = h.MatchedText;
            return (JsonNode)json;
        })]);
        var text = search.Hits.Count == 0
            ? $"Jag hittade inget mål som handlar om \"{search.Query}\"."
            : $"{search.Hits.Count} mål matchar \"{search.Query}\": " + string.Join("; ", search.Hits.Select(h => h.Goal.ToString()));
        return Result(new JsonObject { ["kind"] = "search", ["query"] = search.Query, ["hits"] = hits }, text);
    }

    private static CallToolResult Indicators(IndicatorResults found)
    {
        var json = new JsonObject
        {
            ["kind"] = "indicators",
            ["goal"] = GoalJson.Summary(found.Goal),
            ["period"] = found.Scope?.ToString(),
            ["indicators"] = new JsonArray([.. found.Indicators.Select(i => (JsonNode)GoalJson.Indicator(i, found.Scope))]),
        };
        var text = $"{found.Goal}: " + string.Join("; ", found.Indicators.Select(i =>
        {
            var outcome = (found.Scope is { } p ? i.OutcomeFor(p) : i.Outcomes.LastOrDefault())?.Total?.Display ?? "inget utfall";
            return $"{i.Name}: utfall {outcome}, årsmål {(i.Target.Display is { Length: > 0 } t ? t : "saknas")}";
        })) + $". Källa: {SourceText(found.Goal.Plan)}.";
        return Result(json, text);
    }

    private static JsonArray Goals(IEnumerable<Application.ReadModel.GoalRef> goals) =>
        new([.. goals.Select(g => (JsonNode)GoalJson.Summary(g))]);

    private static string SourceText(Domain.Plans.Plan plan) =>
        $"{(plan.Document == Domain.Plans.DocumentKind.Verksamhetsberattelse ? "verksamhetsberättelse" : "verksamhetsplan")} " +
        $"{plan.Year}, {plan.Organisation}" + (plan.Source is { } file ? $" ({file})" : "");

    private static CallToolResult Result(JsonObject structured, string text, bool isError = false) => new()
    {
        Content = [new TextContentBlock { Text = text }],
        StructuredContent = JsonSerializer.SerializeToElement(structured),
        IsError = isError,
    };
}
