using System.Text.RegularExpressions;
using StatusBot.Domain.Indicators;

namespace StatusBot.Application.Conversation.Understanding;

/// <summary>
/// The words that say what KIND of answer is wanted beyond a goal's status: counts, indicators, the tree, activity
/// lists and the words that continue a conversation. Matched on the folded lower-case text, like every phrase.
/// </summary>
public static partial class QuestionParser
{
    [GeneratedRegex(@"^\s*(?:och|and|men|samt|what\s+about|hur\s+ar\s+det\s+med)\b", Options, Timeout)]
    private static partial Regex ContinuesWord();

    [GeneratedRegex(@"\bny\s+fraga\b|\bborja\s+om\b|\bnew\s+question\b", Options, Timeout)]
    private static partial Regex ResetWords();

    [GeneratedRegex(@"\bhur\s+manga\b|\bhow\s+many\b|\bantalet\s+(?=\S*mal|indikat)", Options, Timeout)]
    private static partial Regex CountWords();

    // "indikatorer", "indikatorerna", typos "indikatorr", "indikatorena"; not "trygghetsindikatorn" (a name).
    [GeneratedRegex(@"\b(?:indikat\w*|indicators?)\b", Options, Timeout)]
    private static partial Regex IndicatorWords();

    [GeneratedRegex(@"\b(?:(?:mats|matts|redovisas|foljs\s+upp|rapporteras)\s+)?(?:per|varje|varje|en\s+gang\s+(?:per|i))\s+ter?ti?[ae]?[il]\w*|\btertialvis\b|\bper\s+tertial\b", Options, Timeout)]
    private static partial Regex PerTertial();

    [GeneratedRegex(@"\b(?:(?:mats|matts|redovisas|foljs\s+upp|rapporteras)\s+)?(?:en\s+gang\s+(?:om|per|i)\s+aret|per\s+ar|varje\s+ar|arligen|arsvis|once\s+a\s+year|yearly|annually)\b", Options, Timeout)]
    private static partial Regex PerYear();

    [GeneratedRegex(@"\b(?:ligger|ar|are)\s+efter\b|\bhalkar\s+efter\b|\bnar\s+(?:inte|ej)\s+(?:upp\s+till\s+)?(?:arsmalet|malet|malvardet|malen)\b|\b(?:ligger\s+)?under\s+(?:arsmalet|malvardet|malet)\b|\bbehind(?:\s+(?:target|their\s+target))?\b|\boff\s+track\b", Options, Timeout)]
    private static partial Regex BehindTarget();

    [GeneratedRegex(@"\b(?:kf:?s\s+)?(?:arsmal(?:et)?|malvarde(?:t)?|utfall(?:et)?|malet|target)\s+(?:for|pa|of|for\s+the)\b|\bvad\s+(?:ar|var|blev)\s+(?:kf:?s\s+)?(?:arsmal(?:et)?|malet|utfall(?:et)?)\b|\bwhat\s+is\s+the\s+target\b", Options, Timeout)]
    private static partial Regex IndicatorValue();

    [GeneratedRegex(@"\bmaltrad(?:et)?\b|\bgoal\s+tree\b|\bhela\s+(?:malstrukturen|malhierarkin|hierarkin)\b|\bmalhierarki(?:n)?\b", Options, Timeout)]
    private static partial Regex WholeTree();

    // "under 3.6", "under inriktningsmål 3": only when a number follows, so "under årsmålet" is not the tree.
    [GeneratedRegex(@"\b(?:under|below|beneath|inom)\s+(?=(?:[a-z:]+\s+)?\d)", Options, Timeout)]
    private static partial Regex Below();

    [GeneratedRegex(@"\bhor\b(?=.*\btill\b)|\b(?:ligger\s+)?ovanfor\b|\bbelongs?\s+to\b|\bparent\b|\bforalder\w*\b|\boverordnad\w*\b", Options, Timeout)]
    private static partial Regex ParentsWords();

    [GeneratedRegex(@"(?<=\bhor\b.*)\btill\b", Options, Timeout)]
    private static partial Regex ParentsTail();

    [GeneratedRegex(@"\bhuvudmal(?:et)?\b|\b(?:malet|nivan)\s+ovanfor\b|\bparent\s+goal\b", Options, Timeout)]
    private static partial Regex ParentGoal();

    [GeneratedRegex(@"\b(?:vem|vilka|who)\s+(?:ar|is|are)\s+(?:ansvarig\w*|responsible)\b|\bansvarig\w*\b", Options, Timeout)]
    private static partial Regex ResponsibleWords();

    [GeneratedRegex(@"\b(?:aktiviteter(?:na)?|activities)\s+(?:med|som\s+har|with)\s+(?:en\s+)?(?:avvikelse\w*|deviations?)\b|\bavvikelse\w*\b", Options, Timeout)]
    private static partial Regex DeviationWords();

    [GeneratedRegex(@"\b(?:saknar|saknas|utan|har\s+inga|without|lack)\s+(?:nagra\s+)?(?:aktiviteter(?:na)?|activities)\b", Options, Timeout)]
    private static partial Regex NoActivitiesWords();

    [GeneratedRegex(@"\b(?:den|det|the)?\s*(forsta|andra|tredje|fjarde|femte|sista|first|second|third|last)\b", Options, Timeout)]
    private static partial Regex OrdinalWords();

    // "vilka nämndmål finns?", "vilka mål har hägersten", "lista alla nämndmål", "which goals".
    [GeneratedRegex(@"^\s*(?:vilka|lista|visa|which|list|show)(?:\s+alla|\s+all)?\s+(?:namn?d?s?mal(?:en)?|mal(?:en)?|verksamhetsomradesmal(?:en)?|inriktningsmal(?:en)?|enhetsmal(?:en)?|goals)\b", Options, Timeout)]
    private static partial Regex AllGoalsWords();

    [GeneratedRegex(@"^\s*(?:den|det|dom|dem|där|dar|it|that|then|da)\s*$|\b(?:den|det|dom|dem|dar|it|that)\b", Options, Timeout)]
    private static partial Regex PointerWords();

    private static int OrdinalOf(string word) => word switch
    {
        "forsta" or "first" => 1,
        "andra" or "second" => 2,
        "tredje" or "third" => 3,
        "fjarde" => 4,
        "femte" => 5,
        _ => -1, // "sista", "last"
    };

    private partial class Reader
    {
        /// <summary>Reads (and blanks) the kind-of-answer words. Runs before periods and numbers are read.</summary>
        private Asks ReadAsks()
        {
            var reset = Consume(ResetWords()) is not null;
            var continues = Consume(ContinuesWord()) is not null;
            var allGoals = AllGoalsWords().IsMatch(Work);
            var count = Consume(CountWords()) is not null;
            var behind = Consume(BehindTarget()) is not null;
            var value = Consume(IndicatorValue()) is not null;
            Periodicity? periodicity = Consume(PerTertial()) is not null ? Periodicity.Tertial
                : Consume(PerYear()) is not null ? Periodicity.Ar : null;
            var indicators = Consume(IndicatorWords()) is not null;
            TreeDirection? tree = Consume(WholeTree()) is not null ? TreeDirection.Whole
                : Consume(Below()) is not null ? TreeDirection.Children
                : null;
            var parentGoal = Consume(ParentGoal()) is not null;
            if (tree is null && !parentGoal && ParentsWords().Match(Work) is { Success: true } parents)
            {
                // "hör … till": find both words before blanking either, since each pattern looks for the other.
                var tail = ParentsTail().Match(Work);
                Blank(parents.Index, parents.Length);
                if (tail.Success) Blank(tail.Index, tail.Length);
                tree = TreeDirection.Parents;
            }
            var responsible = Consume(ResponsibleWords()) is not null;
            ActivityFilter? activities = Consume(NoActivitiesWords()) is not null ? ActivityFilter.None
                : Consume(DeviationWords()) is not null ? ActivityFilter.WithDeviation : null;
            int? ordinal = Consume(OrdinalWords()) is { } o ? OrdinalOf(o.Groups[1].Value) : null;
            var pointsBack = PointerWords().IsMatch(Work);
            return new Asks
            {
                Reset = reset, Continues = continues, AllGoals = allGoals, Count = count, BehindTarget = behind,
                IndicatorValue = value, Periodicity = periodicity, Indicators = indicators, Tree = tree, Parent = parentGoal,
                Responsible = responsible, Activities = activities, Ordinal = ordinal, PointsBack = pointsBack,
            };
        }
    }
}
