using StatusBot.Application.Text;
using StatusBot.AdaptiveCards.Text;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.Domain.Activities;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;
using StatusBot.AdaptiveCards;

namespace StatusBot.Teams.Cards;

/// <summary>
/// "Hur går nämndmål 3.6.1?": one goal's status — where it sits, its latest assessment, who answers for it,
/// its indicators and activities, the latest analysis — with the buttons to report, go up or see indicators.
/// </summary>
public static class GoalStatusCard
{
    public const string AnalysisShortId = "analys-kort";
    public const string AnalysisFullId = "analys-hel";
    public const string ShowMoreId = "analys-visa-mer";
    public const string ShowLessId = "analys-visa-mindre";

    /// <summary>How much of each list and text the card shows; tried fullest first until the card fits.</summary>
    public sealed record Limits(int Indicators, int Activities, int AnalysisPreview, int AnalysisFull, int ActivityAnalysis);

    public static readonly Limits Normal = new(Indicators: 8, Activities: 8, AnalysisPreview: 300, AnalysisFull: 8000, ActivityAnalysis: 300);

    private static readonly Limits[] FullestFirst =
    [
        Normal,
        new(Indicators: 5, Activities: 5, AnalysisPreview: 300, AnalysisFull: 3000, ActivityAnalysis: 150),
        new(Indicators: 3, Activities: 3, AnalysisPreview: 200, AnalysisFull: 1000, ActivityAnalysis: 80),
    ];

    public static AdaptiveCard Build(Plan plan, Goal goal, GoalCardContext ctx) =>
        CardBudget.FirstThatFits(FullestFirst, limits => Build(plan, goal, ctx, limits));

    /// <summary>The card serialised for a reply, from the JSON its size was checked with (one serialisation, not two).</summary>
    public static RenderedCard BuildRendered(Plan plan, Goal goal, GoalCardContext ctx)
    {
        var (card, json) = CardBudget.FirstThatFitsSerialised(FullestFirst, limits => Build(plan, goal, ctx, limits));
        return new RenderedCard(json, card.FallbackText);
    }

    private static AdaptiveCard Build(Plan plan, Goal goal, GoalCardContext ctx, Limits limits)
    {
        var latest = goal.LatestAssessment;
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.FullWidth,
            FallbackText = $"{GoalLabels.LevelAndNumber(goal)}: {goal.Title} – {StatusBadge.Label(latest?.Bedomning)}",
        };
        card.Body.AddRange(Header(plan, goal));
        card.Body.Add(AssessmentRow(latest));
        card.Body.Add(new FactSet { Facts = Facts(ctx) });
        card.Body.AddRange(Indicators(IndicatorSource.For(plan, goal), limits));
        card.Body.AddRange(Activities(goal, limits));
        card.Body.AddRange(Analysis(latest, limits));
        card.Actions.AddRange(Actions(plan, goal, ctx));
        return card;
    }

    private static IEnumerable<CardElement> Header(Plan plan, Goal goal)
    {
        yield return Blocks.Small(GoalLabels.LevelAndNumber(goal));
        yield return Blocks.Title(goal.Title);
        var ancestors = GoalLabels.Ancestors(plan, goal);
        if (ancestors.Count > 0)
            yield return Blocks.Subtle(string.Join(" › ", ancestors.Select(a => a.DisplayLabel)));
        yield return Blocks.Subtle(GoalLabels.Source(plan));
    }

    private static ColumnSet AssessmentRow(Assessment? latest)
    {
        var when = latest is null
            ? "Ingen bedömning ännu"
            : latest.AssessedAt is { } at ? $"{latest.Period} · bedömd {SwedishDate.Format(at)}" : latest.Period.ToString();
        return new ColumnSet
        {
            Spacing = Spacing.Medium,
            Columns =
            [
                new Column { Width = ColumnWidth.Auto, Items = [StatusBadge.Element(latest?.Bedomning)] },
                new Column
                {
                    Width = ColumnWidth.Stretch,
                    VerticalContentAlignment = VerticalAlignment.Center,
                    Items = [Blocks.Subtle(when)],
                },
            ],
        };
    }

    private static List<Fact> Facts(GoalCardContext ctx)
    {
        var names = ctx.Responsible.Select(p => p.DisplayName ?? p.Upn).ToList();
        var facts = new List<Fact>
        {
            Blocks.Fact("Ansvarig", names.Count == 0 ? "Ingen ansvarig angiven" : string.Join(", ", names)),
        };
        if (ctx.Period is { } p)
            facts.Add(Blocks.Fact("Period", $"{p} ({SwedishDate.FormatRange(p.From, p.To)})"));
        return facts;
    }

    private static IEnumerable<CardElement> Indicators(IndicatorSource source, Limits limits)
    {
        if (source.Indicators.Count == 0) yield break;
        yield return Blocks.SectionHeading(source.Heading);
        foreach (var indicator in source.Indicators.Take(limits.Indicators))
        {
            yield return Blocks.Strong(indicator.Name);
            yield return new FactSet { Spacing = Spacing.Small, Facts = IndicatorFacts(indicator) };
        }
        if (source.Indicators.Count > limits.Indicators) yield return Blocks.More(source.Indicators.Count - limits.Indicators);
    }

    private static List<Fact> IndicatorFacts(Indicator indicator)
    {
        var latest = IndicatorText.Latest(indicator);
        var facts = new List<Fact>
        {
            latest is null
                ? Blocks.Fact("Utfall", IndicatorText.NotReported)
                : Blocks.Fact($"Utfall {latest.Period}", IndicatorText.TotalWithSplit(latest)),
            Blocks.Fact("Årsmål", indicator.Target.Display),
        };
        if (indicator.KfTarget.Kind != TargetKind.Empty) facts.Add(Blocks.Fact("KF:s årsmål", indicator.KfTarget.Display));
        if (IndicatorText.Trend(indicator) is { } trend) facts.Add(Blocks.Fact("Utveckling", trend));
        return facts;
    }

    private static IEnumerable<CardElement> Activities(Goal goal, Limits limits)
    {
        if (goal.Activities.Count == 0) yield break;
        var deviations = goal.Activities.Count(a => a.Deviation);
        yield return Blocks.SectionHeading(deviations == 0
            ? $"Aktiviteter ({goal.Activities.Count})"
            : $"Aktiviteter ({goal.Activities.Count}, varav {deviations} med avvikelse)");
        // Deviations first: when the list is capped, the activities that need attention must not be cut.
        foreach (var activity in goal.Activities.OrderByDescending(a => a.Deviation).Take(limits.Activities))
            yield return Activity(activity, limits);
        if (goal.Activities.Count > limits.Activities) yield return Blocks.More(goal.Activities.Count - limits.Activities);
    }

    private static Container Activity(Activity activity, Limits limits)
    {
        var items = new List<CardElement> { Blocks.Text(activity.Title) };
        if (SwedishDate.FormatRange(activity.Start, activity.End) is { } dates) items.Add(Blocks.Small(dates));
        if (activity.Deviation)
        {
            var flag = StatusBadge.Tinted("Avvikelse", ContainerStyle.Warning);
            flag.Spacing = Spacing.Small;
            items.Add(flag);
            if (!string.IsNullOrWhiteSpace(activity.Analysis))
                items.Add(Blocks.Text(TextShortener.Shorten(activity.Analysis, limits.ActivityAnalysis)).With(t => t.Spacing = Spacing.None));
        }
        return new Container { Spacing = Spacing.Medium, Items = items };
    }

    private static IEnumerable<CardElement> Analysis(Assessment? latest, Limits limits)
    {
        if (string.IsNullOrWhiteSpace(latest?.Analysis)) yield break;
        var text = latest.Analysis.Trim();
        yield return Blocks.SectionHeading($"Analys {latest.Period}");
        if (!TextShortener.IsLonger(text, limits.AnalysisPreview))
        {
            yield return Blocks.Text(text);
            yield break;
        }
        // Short and full text swap places on the client, without a round trip to the bot; the two buttons
        // swap with them so the reader can fold the text again.
        yield return Blocks.Text(TextShortener.Shorten(text, limits.AnalysisPreview)).With(t => t.Id = AnalysisShortId);
        yield return Blocks.Text(TextShortener.Shorten(text, limits.AnalysisFull)).With(t => { t.Id = AnalysisFullId; t.IsVisible = false; });
        yield return ToggleButton("Visa mer", ShowMoreId, visible: true);
        yield return ToggleButton("Visa mindre", ShowLessId, visible: false);
    }

    private static ActionSet ToggleButton(string title, string id, bool visible) => new()
    {
        Id = id,
        IsVisible = visible ? null : false,
        Actions =
        [
            new ToggleVisibilityAction
            {
                Title = title,
                TargetElements = [.. new[] { AnalysisShortId, AnalysisFullId, ShowMoreId, ShowLessId }.Select(e => new TargetElement(e))],
            },
        ],
    };

    private static IEnumerable<CardAction> Actions(Plan plan, Goal goal, GoalCardContext ctx)
    {
        if (ctx.ViewerMayReport) yield return GoalActions.Report(goal.Id, ctx.ReportPeriod);
        if (GoalLabels.VerksamhetsomradesAncestor(plan, goal) is { } vo)
            yield return GoalActions.ShowGoal(vo.Id, "Visa verksamhetsområdesmålet");
        if (IndicatorSource.For(plan, goal) is { Indicators.Count: > 0 } source) yield return GoalActions.ShowIndicators(source.Owner.Id);
    }
}
