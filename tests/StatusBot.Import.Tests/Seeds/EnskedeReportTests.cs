using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Import.Tests.Seeds;

/// <summary>enskede: Enskede-Årsta-Vantörs stadsdelsnämnd, verksamhetsberättelse 2023 (DOMAIN §7.3).</summary>
public class EnskedeReportTests
{
    private static Plan Plan => SeedPlans.Enskede;
    private static readonly ReportingPeriod Vb2023 = new(2023, PeriodKind.VB);

    [Fact]
    public void Reads_who_when_and_what_from_footer_and_tables()
    {
        Assert.Equal("Enskede-Årsta-Vantörs stadsdelsnämnd", Plan.Organisation);
        Assert.Equal(2023, Plan.Year);
        Assert.Equal(DocumentKind.Verksamhetsberattelse, Plan.Document);
    }

    [Fact]
    public void Has_the_acceptance_counts()
    {
        Assert.Equal(3, Plan.OfLevel(GoalLevel.Inriktningsmal).Count());
        Assert.Equal(16, Plan.OfLevel(GoalLevel.Verksamhetsomradesmal).Count());
        Assert.Equal(25, Plan.OfLevel(GoalLevel.Namndmal).Count());
        Assert.Equal(81, Plan.Indicators().Count());
        Assert.Equal(109, Plan.Activities().Count());
        var assessments = Plan.Goals.SelectMany(g => g.Assessments).ToList();
        Assert.Equal(44, assessments.Count);
        Assert.Equal(34, assessments.Count(a => a.Bedomning == Bedomning.UppfyllsHelt));
        Assert.Equal(10, assessments.Count(a => a.Bedomning == Bedomning.UppfyllsDelvis));
        Assert.All(assessments, a => Assert.Equal(Vb2023, a.Period));
        Assert.Equal(13, Plan.Activities().Count(a => a.Deviation));
    }

    // DOMAIN §7.3: number, title, label (h = helt, d = delvis), indicators and activities directly under the goal.
    public static TheoryData<string, string, char, int, int> Goals => new()
    {
        { "1", "Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden", 'h', 0, 0 },
        { "1.1", "Alla barn och ungdomar ska ges möjlighet till jämlika uppväxtvillkor och trygghet samt en rik fritid", 'h', 0, 1 },
        { "1.1.1", "Alla barn och unga i stadsdelsområdet har en meningsfull fritid, hälsofrämjande aktiviteter och jämlika uppväxtvillkor", 'h', 0, 2 },
        { "1.1.2", "Barn i behov av socialt stöd upptäcks tidigt", 'h', 1, 5 },
        { "1.2", "Alla barn ska ges likvärdig möjlighet till utveckling och lärande i förskolan och skolan", 'd', 4, 4 },
        { "1.2.1", "Alla barn har likvärdig möjlighet till utveckling och lärande i en hållbar förskola av hög pedagogisk kvalitet", 'd', 0, 4 },
        { "1.3", "Stockholms stad ska ge stöd och omsorg där behoven är som störst", 'h', 12, 3 },
        { "1.3.1", "Våldsutsatta barn, unga, vuxna och äldre får skydd och stöd", 'h', 4, 4 },
        { "1.3.2", "Stadsdelsförvaltningen ger stöd till barn, unga och vuxna som vill lämna kriminalitet", 'd', 3, 2 },
        { "1.3.3", "Barnets perspektiv är synligt i utredningar och insatser", 'h', 0, 0 },
        { "1.3.4", "Barn, unga och vuxna med funktionsnedsättning i behov av stöd erbjuds insatser av hög kvalitet", 'h', 0, 3 },
        { "1.4", "Stockholm ska vara en bra stad att åldras i - med god omsorg och stor trygghet", 'h', 10, 0 },
        { "1.4.1", "Äldre invånares ansökan om bistånd handläggs med hög kvalitet", 'h', 1, 0 },
        { "1.4.2", "Insatser till äldre invånare är av hög kvalitet", 'h', 2, 3 },
        { "1.4.3", "Hälso- och sjukvårdsinsatser till äldre är av god kvalitet", 'h', 5, 4 },
        { "1.5", "Alla stockholmare ska ha tillgång till ett rikt kultur-, idrotts- och föreningsliv", 'h', 5, 3 },
        { "1.5.1", "Invånarna i stadsdelsområdet har tillgång till ett rikt kultur-, idrotts- och föreningsliv", 'h', 0, 3 },
        { "2", "Ett grönt och fossilfritt Stockholm som leder en rättvis klimatomställning", 'h', 0, 0 },
        { "2.1", "Stockholm ska bli klimatpositivt – genom minskade utsläpp och ökad koldioxidlagring", 'h', 3, 2 },
        { "2.1.1", "Verksamheterna är energi- och resurseffektiva och har en bra avfallshantering", 'h', 1, 5 },
        { "2.2", "Stockholm ska vara en stad där den biologiska mångfalden ökar", 'h', 0, 4 },
        { "2.2.1", "Den biologiska mångfalden i parker och grönområden är god", 'h', 0, 3 },
        { "2.3", "Stockholm ska vara en stad där framkomligheten ökar och utsläppen minskar", 'h', 0, 0 },
        { "2.3.1", "Parkvägarna har god framkomlighet och transporterna är hållbara", 'h', 0, 1 },
        { "2.4", "Stockholmarnas hälsa ska främjas genom ren luft, rent vatten och giftfria miljöer", 'd', 3, 1 },
        { "2.4.1", "Stadsdelsförvaltningen bidrar till hälsosamma och giftfria miljöer", 'd', 0, 2 },
        { "3", "Ett Stockholm med en stabil och hållbar ekonomi med utbildning, jobb och bostäder för alla", 'd', 0, 0 },
        { "3.1", "Stockholms ekonomi är stark, hållbar och lägger grunden för en jämlik välfärd", 'd', 3, 2 },
        { "3.1.1", "Stadsdelsförvaltningen har en långsiktigt hållbar ekonomi med ett utfall inom fastställd budget", 'h', 0, 0 },
        { "3.2", "I Stockholm ska alla ges möjlighet till ett eget jobb", 'h', 8, 0 },
        { "3.2.1", "Invånare i stadsdelsområdet har jobb och försörjer sig själva", 'd', 0, 4 },
        { "3.2.2", "Stadsdelsförvaltningen bidrar till ett gott näringslivsklimat", 'h', 0, 1 },
        { "3.3", "I Stockholm ska alla ha rätt till ett bra boende som de har råd med", 'd', 4, 0 },
        { "3.3.1", "Barn, vuxna och äldre har trygga och hållbara boenden", 'h', 0, 4 },
        { "3.4", "Medarbetare i Stockholm ska ges goda förutsättningar att göra ett bra jobb", 'h', 4, 1 },
        { "3.4.1", "Medarbetare i stadsdelsförvaltningen har goda förutsättningar att göra ett bra jobb", 'h', 0, 7 },
        { "3.4.2", "Verksamheterna är ändamålsenliga och styrningen är effektiv", 'h', 0, 4 },
        { "3.5", "Hög beredskap och stark rådighet ska råda i alla verksamhetsområden", 'h', 2, 6 },
        { "3.5.1", "Verksamheterna har god beredskap vid oförutsedda händelser", 'h', 0, 6 },
        { "3.6", "Tryggheten ska öka genom förebyggande insatser", 'd', 4, 0 },
        { "3.6.1", "Stadsdelsområdet är tryggt, tillgängligt och välskött", 'h', 0, 3 },
        { "3.7", "Stockholm ska vara en öppen, jämställd och demokratisk stad som samarbetar internationellt", 'h', 0, 1 },
        { "3.7.1", "Stadsdelsförvaltningen är öppen, jämställd och demokratisk", 'h', 2, 6 },
        { "3.7.2", "Invånare är delaktiga i den lokala utvecklingen", 'h', 0, 5 },
    };

    [Theory]
    [MemberData(nameof(Goals))]
    public void Every_goal_has_its_title_label_and_rows(string number, string title, char label, int indicators, int activities)
    {
        var goal = Plan.Goal(number);
        Assert.Equal(title, goal.Title);
        Assert.Equal(label == 'h' ? Bedomning.UppfyllsHelt : Bedomning.UppfyllsDelvis, Assert.Single(goal.Assessments).Bedomning);
        Assert.Equal(indicators, goal.Indicators.Count);
        Assert.Equal(activities, goal.Activities.Count);
    }

    [Fact]
    public void Typed_numbers_are_kept_as_printed()
    {
        foreach (var nm in Plan.OfLevel(GoalLevel.Namndmal))
        {
            Assert.False(nm.NumberIsDerived);
            Assert.Equal(nm.Number, nm.PrintedNumber);
        }
        var goal = Plan.Goal("3.6.1");
        Assert.Equal("Stadsdelsområdet är tryggt, tillgängligt och välskött", goal.Title);
        Assert.Equal(Bedomning.UppfyllsHelt, goal.LatestAssessment!.Bedomning);
        Assert.StartsWith("Förvaltningen bedömer att nämndmålet har uppfyllts helt.", goal.LatestAssessment.Analysis);
    }

    [Fact]
    public void The_four_partly_fulfilled_namndmal()
    {
        Assert.Equal(["1.2.1", "1.3.2", "2.4.1", "3.2.1"],
            Plan.OfLevel(GoalLevel.Namndmal).Where(g => g.LatestAssessment?.Bedomning == Bedomning.UppfyllsDelvis).Select(g => g.Number));
    }

    [Fact]
    public void Gender_split_outcome_against_target()
    {
        var trygghet = Plan.Indicator("Andel stockholmare som upplever trygghet i den stadsdel där man bor");
        Assert.Contains(trygghet, Plan.Goal("3.6").Indicators);
        var outcome = Assert.Single(trygghet.Outcomes);
        Assert.Equal(Vb2023, outcome.Period);
        Assert.Equal((78m, "%"), (outcome.Total!.Value, outcome.Total.Unit));
        Assert.Equal(80m, outcome.Men!.Value);
        Assert.Equal(76m, outcome.Women!.Value);
        Assert.Equal(74m, outcome.PreviousYear!.Value);
        Assert.Equal(79m, trygghet.Target.Value);
        Assert.Equal(79m, trygghet.KfTarget.Value);
        Assert.True(trygghet.SplitByGender);
        Assert.Equal(Periodicity.Ar, trygghet.Periodicity);
        Assert.StartsWith("Resultatet har höjts med fyra procentenheter", outcome.Analysis);
    }

    [Fact]
    public void Report_columns_match_the_domain_census()
    {
        // DOMAIN §3.2: 35 gender-split rows, 27 without a previous-year value, 19 without KF target;
        // 22 "VB 2023" (tertial) and 59 "2023" (yearly) rows.
        var indicators = Plan.Indicators().ToList();
        Assert.Equal(35, indicators.Count(i => i.SplitByGender));
        Assert.Equal(27, indicators.Count(i => i.Outcomes[0].PreviousYear is null));
        Assert.Equal(19, indicators.Count(i => i.KfTarget.Kind == TargetKind.Empty));
        Assert.Equal(22, indicators.Count(i => i.Periodicity == Periodicity.Tertial));
        Assert.Equal(59, indicators.Count(i => i.Periodicity == Periodicity.Ar));
        // §3.3: outcome kinds.
        Assert.Equal(59, indicators.Count(i => i.Outcomes[0].Total?.Unit == "%"));
        Assert.Equal(14, indicators.Count(i => i.Outcomes[0].Total is { Value: not null, Unit: null }));
        Assert.Equal(4, indicators.Count(i => i.Outcomes[0].Total?.Unit == "st"));
        Assert.Equal(61, indicators.Count(i => i.Target is { Kind: TargetKind.Number, Unit: "%" }));
        Assert.Equal(21, indicators.Count(i => i.KfTarget.Raw.StartsWith("Tas fram av nämnd", StringComparison.Ordinal)));
    }

    [Fact]
    public void Cells_split_by_column_count_and_units()
    {
        // "1 300 st 666 st 634 st 1 017 st 1 300 st 11 000 VB 2023": thousands groups, not cells.
        var feriejobb = Plan.Indicator("Antal ungdomar som fått feriejobb i stadens regi");
        var o = feriejobb.Outcomes[0];
        Assert.Equal((1300m, 666m, 634m, 1017m), (o.Total!.Value!.Value, o.Men!.Value!.Value, o.Women!.Value!.Value, o.PreviousYear!.Value!.Value));
        Assert.Equal((1300m, 11000m), (feriejobb.Target.Value!.Value, feriejobb.KfTarget.Value!.Value));
        Assert.Equal(Periodicity.Tertial, feriejobb.Periodicity);

        // "100 % 100 100  80 % Tas fram av nämnd": three cells and an empty one.
        var vald = Plan.Indicator("Andel personer som själva upplever att de får en förbättrad situation av insatserna de fått från socialtjänsten (våld i nära relation)");
        Assert.Equal((100m, 100m, 100m), (vald.Outcomes[0].Total!.Value!.Value, vald.Outcomes[0].Men!.Value!.Value, vald.Outcomes[0].Women!.Value!.Value));
        Assert.Null(vald.Outcomes[0].PreviousYear);
        Assert.Equal("Tas fram av nämnd", vald.KfTarget.Raw);

        // "27   37 20 st  2023": män and kvinnor empty, no KF target.
        var info = Assert.Single(Plan.Goal("1.1.2").Indicators);
        Assert.Equal("Informationstillfällen mellan socialtjänst och förskola", info.Name);
        Assert.Equal((27m, 37m), (info.Outcomes[0].Total!.Value!.Value, info.Outcomes[0].PreviousYear!.Value!.Value));
        Assert.Null(info.Outcomes[0].Men);
        Assert.Equal((20m, "st"), (info.Target.Value!.Value, info.Target.Unit));
        Assert.Equal(TargetKind.Empty, info.KfTarget.Kind);

        // One CO2 row over 26 lines, "livsmede" + "l", two empty gender cells.
        var co2 = Plan.Indicator("Klimatpåverkan från upphandlade livsmedel och måltider");
        Assert.Equal("1,4 kg CO2 per kg livsmedel", co2.Outcomes[0].Total!.Raw);
        Assert.Equal("1,5 kg CO2 per kg livsmedel", co2.Outcomes[0].PreviousYear!.Raw);
        Assert.Equal("1,6 kg CO2 per kg livsmedel", co2.KfTarget.Raw);
        Assert.Null(co2.Outcomes[0].Women);

        // "81  %" is one cell; "nämnd/s" + "tyrelse" one word.
        Assert.Equal(81m, Plan.Indicator("Andel brukare inom omsorgen för personer med funktionsnedsättning som inte upplever diskriminering").Outcomes[0].Men!.Value);
        Assert.Equal("Tas fram av nämnd/styrelse", Plan.Indicator("Sjukfrånvaro").KfTarget.Raw);
        Assert.Equal("1945 GWh", Plan.Indicator("Köpt energi i stadens verksamheter").KfTarget.Raw);
    }

    [Fact]
    public void Analys_cut_by_a_repeated_header_continues_after_it()
    {
        var analysis = Plan.Indicator("Andel våldsutövare där målet med insats från RVC uppnåtts").Outcomes[0].Analysis!;
        Assert.EndsWith("utan att ha en genuin vilja till förändring, eller att den vilja som fanns vid kontaktens inledning klingar av.", analysis);
        // …and the sentence is not glued onto the next indicator's name.
        Assert.Equal(20m, Plan.Indicator("Antal våldsutövare i en nära relation eller i en hederskontext som har kontakt med RVC").Target.Value);
    }

    [Fact]
    public void Analys_separated_from_its_row_by_a_repeated_header_still_belongs_to_it()
    {
        var row = Plan.Indicator("Andel utredningar av barn och unga där barnet varit delaktigt och fått återkoppling");
        Assert.StartsWith("Barns delaktighet mäts genom tre delmål", row.Outcomes[0].Analysis);
    }

    [Fact]
    public void A_numbered_list_inside_an_analys_stays_in_it()
    {
        var analysis = Plan.Indicator("Antal vräkningar som berör barn").Outcomes[0].Analysis!;
        Assert.StartsWith("Hittills under året har sju barnfamiljer berörts av vräkning:", analysis);
        Assert.Contains("7. Sökanden utvandrad.", analysis);
        Assert.EndsWith("avhysningstillfället.", analysis);
        Assert.Equal(Direction.Lower, Plan.Indicator("Antal vräkningar som berör barn").Direction);
    }

    [Fact]
    public void A_note_after_a_table_belongs_to_the_indicator_above()
    {
        var analysis = Plan.Indicator("Sjukfrånvaro dag 1-14").Outcomes[0].Analysis;
        Assert.StartsWith("Statistiken gällande sjukfrånvaron utgörs av rullande 12 månader", analysis);
        // 53 rows have an "Analys"; the note makes 54 rows with analysis text.
        Assert.Equal(54, Plan.Indicators().Count(i => i.Outcomes[0].Analysis is not null));
    }

    public static TheoryData<string, string> Deviations => new()
    {
        { "1.1.2", "Genomföra gemensam utbildning i risk- och skyddsfaktorer" },
        { "1.1.2", "Ta fram en samverkansmodell för tidigt socialt stöd" },
        { "1.2.1", "Följa upp förskoleenheternas användande av det socioekonomiska tillägget" },
        { "1.2.1", "Specialpedagogiskt nätverk för medarbetare i förskolan" },
        { "1.3.1", "Starta ett nätverk kring relationsvåld" },
        { "1.5.1", "Informera civilsamhället om förebyggande insatser på Medborgarkontoret" },
        { "3.1", "Kommunstyrelsen ska i samarbete med stadsdelsnämnderna upphandla och införa ett gemensamt digitalt system" },
        { "3.3.1", "Utvärdera och utveckla det vräkningsförebyggande arbetet" },
        { "3.4.1", "Analysera förvaltningens chefsstruktur" },
        { "3.4.1", "Utforma ett stöd för innovationsledning och medarbetardriven utveckling" },
        { "3.7.1", "Säkerställa att pensionärsrådet och rådet för funktionshinderfrågor får en presentation" },
        { "3.7.1", "Ta fram rutin för genomförande av barnkonsekvensanalyser" },
        { "3.7.2", "Ta fram en lokal rutin för lokalupplåtelse" },
    };

    [Theory]
    [MemberData(nameof(Deviations))]
    public void The_thirteen_deviations_with_their_analys(string goal, string titleStart)
    {
        var activity = Assert.Single(Plan.Goal(goal).Activities, a => a.Title.StartsWith(titleStart, StringComparison.Ordinal));
        Assert.True(activity.Deviation);
        Assert.False(string.IsNullOrWhiteSpace(activity.Analysis));
    }

    [Fact]
    public void Activities_in_the_report()
    {
        var activities = Plan.Activities().ToList();
        Assert.Equal(28, activities.Count(a => a.IsCouncilAssignment));
        Assert.Equal(25, activities.Count(a => a.Analysis is not null));
        Assert.Equal(100, activities.Count(a => a.End == new DateOnly(2023, 12, 31)));
        var first = Plan.Goal("1.1.2").Activities[1];
        Assert.Equal("Gemensam utbildning kommer att genomföras 2024", first.Analysis);
        Assert.Equal("Förvaltningen har inte varit delaktig i uppdraget", Plan.Goal("1.2").Activities[1].Analysis);
    }

    [Fact]
    public void Draft_text_is_reported_not_fixed()
    {
        Assert.Contains(Plan.Warnings, w => w.StartsWith("rad 5111:", StringComparison.Ordinal) && w.Contains("uppfyllts xxx", StringComparison.Ordinal));
        Assert.Contains("uppfyllts xxx", Plan.Goal("3.7").LatestAssessment!.Analysis, StringComparison.Ordinal);
    }

    [Fact]
    public void Finance_section_is_not_read_as_goals()
    {
        // "Uppfylls garantin Ja Ja" and "Avvikelse" columns live after "Uppföljning av ekonomi".
        Assert.Equal(44, Plan.Goals.Count);
        Assert.DoesNotContain(Plan.Goals.SelectMany(g => g.Activities), a => a.Title.Contains("Justerad budget", StringComparison.Ordinal));
    }

    [Fact]
    public void Goal_sections_of_a_report()
    {
        var nm = Plan.Goal("1.1.2");
        Assert.StartsWith("Genom en samverkansmodell ska förvaltningen", nm.Description);
        Assert.Equal(8, nm.ExpectedResults.Count);
        Assert.Equal("Andelen barn i stadsdelsområdet som är inskrivna i förskolan ökar.", nm.ExpectedResults[0]);
        Assert.StartsWith("Förvaltningen bedömer att nämndmålet uppfyllts helt.", nm.LatestAssessment!.Analysis);
        Assert.Contains("Goda exempel", Plan.Goal("1.1").LatestAssessment!.Analysis, StringComparison.Ordinal);
    }
}
