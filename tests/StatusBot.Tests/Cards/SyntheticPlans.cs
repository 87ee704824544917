using StatusBot.Teams.Cards;
using StatusBot.Domain.Activities;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.People;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Tests.Cards;

/// <summary>
/// Rich plans built in code: every level, every assessment state, kön splits and trends, deviations, a goal
/// with 100 activities, huge analyses, and hostile text that must come out inert.
/// </summary>
public sealed class SyntheticPlans
{
    public const string EvilLink = "[klicka](https://evil.example)";
    public const string EvilMention = "<at>Alla</at>";
    public const string EvilTitle = EvilLink + " " + EvilMention + " **fet** _kursiv_ `kod` &amp; ~~struken~~";

    /// <summary>Strings that would be markdown, HTML or mentions if they reached a TextBlock unescaped.</summary>
    public static readonly string[] HostileTexts =
    [
        EvilLink,
        EvilMention,
        EvilTitle,
        "![bild](https://evil.example/x.png)",
        "<https://evil.example>",
        "[ref]\n\n[ref]: https://evil.example",
        "# Rubrik\n## Underrubrik",
        "- punkt\n+ punkt\n* punkt",
        "1. första\n2) andra",
        "2024. Året då allt hände",
        "> citat",
        "Rubrik\n===",
        "Rubrik\n---",
        "    indragen kod",
        "<b>fet</b> <script>alert(1)</script>",
        "&lt;at&gt;Alla&lt;/at&gt; &#60;at&#62;",
        "a\\*b\\* \\[x\\](y)",
        "snake_case_namn och 5*3*2",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "{{DATE(2026-04-30T06:08:39Z, SHORT)}} {{TIME(2026-04-30T06:08:39Z)}}",
        "Hälso- och sjukvård (HSL) – 3.6.1 [bilaga 2]",
    ];

    public Plan Enskede { get; }
    public Plan Hagersten { get; }

    public Goal Im3 { get; }
    public Goal Vo36 { get; }
    /// <summary>Uppfylls helt, long analysis, three activities, indicators with a trend.</summary>
    public Goal Nm361 { get; }
    /// <summary>Uppfylls inte, deviations, hostile title and texts.</summary>
    public Goal Nm362 { get; }
    /// <summary>Not assessed, no indicators, no activities.</summary>
    public Goal Nm363 { get; }
    /// <summary>Uppfylls delvis, 100 activities, a 50 000-character analysis, 30 indicators.</summary>
    public Goal Nm364 { get; }
    public Goal Enhetsmal { get; }

    public static readonly DateOnly Today = new(2026, 6, 15);

    public static IReadOnlyList<PersonRef> People { get; } =
    [
        new("anna.andersson@stockholm.se") { DisplayName = "Anna Andersson" },
        new("bo.berg@stockholm.se"),
        new("evil@stockholm.se") { DisplayName = EvilMention + " " + EvilLink },
    ];

    public SyntheticPlans()
    {
        Enskede = new Plan("Enskede-Årsta-Vantörs stadsdelsnämnd", 2023, DocumentKind.Verksamhetsberattelse);
        Im3 = AddGoal(Enskede, GoalLevel.Inriktningsmal, "3", "En ekonomiskt och ekologiskt hållbar stad", null);
        Assess(Im3, PeriodKind.VB, Bedomning.UppfyllsDelvis, "Inriktningsmålet bedöms ha uppnåtts delvis.");
        Vo36 = AddGoal(Enskede, GoalLevel.Verksamhetsomradesmal, "3.6", "Stockholm är en tillgänglig, trygg och välskött stad", Im3);
        Assess(Vo36, PeriodKind.VB, Bedomning.UppfyllsDelvis, "Verksamhetsområdesmålet bedöms ha uppfyllts delvis.");
        Vo36.Indicators.AddRange(
        [
            Trygghet(Vo36),
            Indicator(Vo36, 2, "Andel barn som lever i familjer som har ekonomiskt bistånd", "2 %", "2,7 %", Periodicity.Tertial,
                (PeriodKind.T1, "2,9 %"), (PeriodKind.T2, "2,8 %"), (PeriodKind.VB, "2,7 %")),
            Indicator(Vo36, 3, "Antal deltagare i feriejobb", "1 000 st", "Tas fram av nämnd", Periodicity.Ar, (PeriodKind.VB, "1 042 st")),
            Indicator(Vo36, 4, "Nämndens prognossäkerhet T2", "+/-1 %", "+/- 1 %", Periodicity.Ar),
            Indicator(Vo36, 5, "Personal per hemtjänsttagare", "Minskning", "Max 10 personer", Periodicity.Ar, (PeriodKind.VB, "12,3")),
            Indicator(Vo36, 6, "Nämndens eget index", "70", "", Periodicity.Ar, (PeriodKind.VB, "72")),
        ]);
        Vo36.Activities.Add(new Activity(StableId.ForActivity(Vo36.Id, 1), "Kommunstyrelsen ska i samarbete med stadsdelsnämnderna införa ett gemensamt system")
        {
            Start = new DateOnly(2023, 1, 1), End = new DateOnly(2023, 12, 31), IsCouncilAssignment = true,
        });

        Nm361 = AddGoal(Enskede, GoalLevel.Namndmal, "3.6.1", "Stadsdelsområdet är tryggt, tillgängligt och välskött", Vo36);
        Assess(Nm361, PeriodKind.VB, Bedomning.UppfyllsHelt, LongAnalysis(1200));
        Nm361.Assessments.Add(new Assessment(new ReportingPeriod(2023, PeriodKind.T2), Bedomning.UppfyllsDelvis) { Analysis = "Prognos delvis." });
        Nm361.Indicators.Add(Trygghet(Nm361));
        for (var i = 1; i <= 3; i++)
            Nm361.Activities.Add(new Activity(StableId.ForActivity(Nm361.Id, i), $"Trygghetsvandring nummer {i} i stadsdelsområdet")
            {
                Start = new DateOnly(2023, 1, 1), End = new DateOnly(2023, 12, 31),
            });

        Nm362 = AddGoal(Enskede, GoalLevel.Namndmal, "3.6.2", EvilTitle, Vo36);
        Nm362.Assessments.Add(new Assessment(new ReportingPeriod(2023, PeriodKind.VB), Bedomning.UppfyllsInte)
        {
            Analysis = "Målet har inte uppfyllts. " + EvilLink + " " + EvilMention,
            AssessedAt = new DateTimeOffset(2026, 4, 30, 23, 30, 0, TimeSpan.Zero),
            AssessedBy = "anna.andersson@stockholm.se",
        });
        Nm362.Indicators.Add(Indicator(Nm362, 1, EvilLink + " index", EvilMention, "Ökning", Periodicity.Tertial, (PeriodKind.VB, "5 st")));
        Nm362.Activities.AddRange(
        [
            new Activity(StableId.ForActivity(Nm362.Id, 1), "Starta ett nätverk kring relationsvåld")
            {
                Start = new DateOnly(2023, 1, 1), End = new DateOnly(2023, 12, 31), Deviation = true,
                Analysis = "Nätverket har inte startats på grund av vakanser. " + EvilLink,
            },
            new Activity(StableId.ForActivity(Nm362.Id, 2), EvilTitle)
            {
                Start = new DateOnly(2022, 1, 1), End = new DateOnly(2024, 12, 31),
            },
        ]);

        Nm363 = AddGoal(Enskede, GoalLevel.Namndmal, "3.6.3", "Ett mål utan bedömning, indikatorer och aktiviteter", Vo36);

        Nm364 = AddGoal(Enskede, GoalLevel.Namndmal, "3.6.4", "Ett mål med mycket innehåll", Vo36);
        Assess(Nm364, PeriodKind.VB, Bedomning.UppfyllsDelvis, LongAnalysis(50_000));
        for (var i = 1; i <= 100; i++)
            Nm364.Activities.Add(new Activity(StableId.ForActivity(Nm364.Id, i), $"Aktivitet {i}: " + LongAnalysis(200))
            {
                Start = new DateOnly(2023, 1, 1), End = new DateOnly(2023, 12, 31),
                Deviation = i % 10 == 0, Analysis = i % 10 == 0 ? LongAnalysis(2000) : null,
            });
        for (var i = 1; i <= 30; i++)
            Nm364.Indicators.Add(Indicator(Nm364, i, $"Indikator {i} med ett långt namn ur stadens katalog", "75 %", "80 %", Periodicity.Tertial,
                (PeriodKind.T1, "70 %"), (PeriodKind.T2, "72 %"), (PeriodKind.VB, "74 %")));

        Enhetsmal = AddGoal(Enskede, GoalLevel.Enhetsmal, null, "Enheten arbetar för trygga utemiljöer", Nm361);

        Hagersten = new Plan("Hägersten-Älvsjö stadsdelsnämnd", 2024, DocumentKind.Verksamhetsplan);
        var im1 = AddGoal(Hagersten, GoalLevel.Inriktningsmal, "1", "En stad där alla barn och unga har goda förutsättningar", null);
        var vo12 = AddGoal(Hagersten, GoalLevel.Verksamhetsomradesmal, "1.2", "Förskolan ger barn en god start", im1);
        AddGoal(Hagersten, GoalLevel.Namndmal, "1.2.1", "Förskolan håller hög kvalitet", vo12);
    }

    /// <summary>Every goal with its plan, in document order.</summary>
    public IReadOnlyList<(Plan plan, Goal goal)> AllGoals =>
        [.. Enskede.Goals.Select(g => (Enskede, g)), .. Hagersten.Goals.Select(g => (Hagersten, g))];

    public static GoalCardContext Context(bool mayReport = true, ReportingPeriod? period = null) =>
        new(People, Today, period, mayReport);

    /// <summary>Prose of about <paramref name="length"/> characters with ordinary word boundaries.</summary>
    public static string LongAnalysis(int length)
    {
        const string sentence = "Förvaltningen bedömer att arbetet har gått enligt plan och att samverkan med civilsamhället har stärkts under året. ";
        var text = string.Concat(Enumerable.Repeat(sentence, length / sentence.Length + 1));
        return text[..length].TrimEnd();
    }

    private static Goal AddGoal(Plan plan, GoalLevel level, string? number, string title, Goal? parent)
    {
        var goal = new Goal(StableId.ForGoal(plan.Id, number ?? $"e{plan.Goals.Count}"), level, title)
        {
            Number = number,
            ParentId = parent?.Id,
        };
        plan.Goals.Add(goal);
        return goal;
    }

    private static void Assess(Goal goal, PeriodKind kind, Bedomning bedomning, string analysis) =>
        goal.Assessments.Add(new Assessment(new ReportingPeriod(2023, kind), bedomning) { Analysis = analysis });

    private static Indicator Trygghet(Goal goal)
    {
        var indicator = Indicator(goal, 1, "Andel invånare som känner sig trygga i sitt bostadsområde", "79 %", "79 %", Periodicity.Tertial);
        indicator.SplitByGender = true;
        indicator.Outcomes.Add(new IndicatorOutcome(new ReportingPeriod(2023, PeriodKind.T1), Measurement.Parse("70 %")));
        indicator.Outcomes.Add(new IndicatorOutcome(new ReportingPeriod(2023, PeriodKind.T2), Measurement.Parse("75 %")));
        indicator.Outcomes.Add(new IndicatorOutcome(new ReportingPeriod(2023, PeriodKind.VB), Measurement.Parse("78 %"))
        {
            Men = Measurement.Parse("80 %"),
            Women = Measurement.Parse("76 %"),
            PreviousYear = Measurement.Parse("77 %"),
        });
        return indicator;
    }

    private static Indicator Indicator(Goal goal, int position, string name, string target, string kfTarget, Periodicity periodicity,
        params (PeriodKind Kind, string Value)[] outcomes)
    {
        var indicator = new Indicator(StableId.ForIndicator(goal.Id, position), name)
        {
            Target = TargetValue.Parse(target),
            KfTarget = TargetValue.Parse(kfTarget),
            Periodicity = periodicity,
        };
        foreach (var (kind, value) in outcomes)
            indicator.Outcomes.Add(new IndicatorOutcome(new ReportingPeriod(2023, kind), Measurement.Parse(value)));
        return indicator;
    }
}
