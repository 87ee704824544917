using System.Text.Json.Nodes;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.People;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Mcp.Results;

/// <summary>Goals, indicators and their source as the JSON the tools return (property names are the contract).</summary>
internal static class GoalJson
{
    /// <summary>A goal in a list: enough to cite it and to ask for its status.</summary>
    public static JsonObject Summary(GoalRef goal) => new()
    {
        ["id"] = goal.Goal.Id,
        ["number"] = goal.Goal.Number,
        ["title"] = goal.Goal.Title,
        ["level"] = goal.Goal.Level.Token(),
        ["organisation"] = goal.Plan.Organisation,
        ["year"] = goal.Plan.Year,
        ["latestAssessment"] = goal.Goal.LatestAssessment is { } a ? Assessment(a) : null,
        ["source"] = Source(goal.Plan),
    };

    /// <summary>One goal's status as the chat's status card shows it.</summary>
    public static JsonObject Detail(Plan plan, Goal goal, ReportingPeriod? scope, IReadOnlyList<PersonRef> responsible)
    {
        var json = Summary(new GoalRef(plan, goal));
        json["period"] = scope?.ToString();
        var assessment = scope is { } p ? goal.Assessments.LastOrDefault(a => a.Period == p) : goal.LatestAssessment;
        json["assessment"] = assessment is null ? null : Assessment(assessment);
        json["description"] = goal.Description;
        json["expectedResults"] = Strings(goal.ExpectedResults);
        json["indicators"] = new JsonArray([.. goal.Indicators.Select(i => (JsonNode)Indicator(i, scope))]);
        json["activities"] = new JsonArray([.. goal.Activities.Select(a => (JsonNode)new JsonObject
        {
            ["title"] = a.Title,
            ["start"] = a.Start?.ToString("yyyy-MM-dd"),
            ["end"] = a.End?.ToString("yyyy-MM-dd"),
            ["deviation"] = a.Deviation,
            ["analysis"] = a.Analysis,
        })]);
        json["responsible"] = new JsonArray([.. responsible.Select(p => (JsonNode)Person(p))]);
        return json;
    }

    public static JsonObject Indicator(Indicator indicator, ReportingPeriod? scope) => new()
    {
        ["id"] = indicator.Id,
        ["name"] = indicator.Name,
        ["unit"] = indicator.Unit,
        ["target"] = Text(indicator.Target.Display),
        ["kfTarget"] = Text(indicator.KfTarget.Display),
        ["periodicity"] = indicator.Periodicity == Periodicity.Tertial ? "tertial" : "år",
        ["direction"] = indicator.Direction.ToString().ToLowerInvariant(),
        ["outcomes"] = new JsonArray([.. indicator.Outcomes
            .Where(o => scope is not { } p || o.Period == p)
            .Select(o => (JsonNode)new JsonObject
            {
                ["period"] = o.Period.ToString(),
                ["total"] = o.Total?.Display,
                ["women"] = o.Women?.Display,
                ["men"] = o.Men?.Display,
                ["analysis"] = o.Analysis,
            })]),
    };

    /// <summary>
    /// Where the goal was read: the imported document (file name), its kind, organisation and year. The store
    /// keeps no page or line per goal, so those are null rather than guessed.
    /// </summary>
    public static JsonObject Source(Plan plan) => new()
    {
        ["document"] = plan.Source,
        ["documentKind"] = plan.Document == DocumentKind.Verksamhetsberattelse ? "verksamhetsberättelse" : "verksamhetsplan",
        ["organisation"] = plan.Organisation,
        ["year"] = plan.Year,
        ["page"] = null,
        ["line"] = null,
    };

    public static JsonObject Person(PersonRef person) => new()
    {
        ["name"] = person.DisplayName,
        ["upn"] = person.Upn,
    };

    private static JsonObject Assessment(Assessment a) => new()
    {
        ["period"] = a.Period.ToString(),
        ["bedomning"] = a.Bedomning.Label(),
        ["analysis"] = a.Analysis,
    };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    private static string? Text(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
