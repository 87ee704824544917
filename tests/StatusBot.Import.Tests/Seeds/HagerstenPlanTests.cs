using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;

namespace StatusBot.Import.Tests.Seeds;

/// <summary>hagersten: Hägersten-Älvsjö stadsdelsnämnd, verksamhetsplan 2024 (DOMAIN §7.2).</summary>
public class HagerstenPlanTests
{
    private static Plan Plan => SeedPlans.Hagersten;

    [Fact]
    public void Reads_who_when_and_what_from_the_document()
    {
        Assert.Equal("Hägersten-Älvsjö stadsdelsnämnd", Plan.Organisation);
        Assert.Equal(2024, Plan.Year);
        Assert.Equal(DocumentKind.Verksamhetsplan, Plan.Document);
        Assert.Equal("hagersten-alvsjo-stadsdelsnamnd/2024/verksamhetsplan", Plan.Id);
    }

    [Fact]
    public void Has_the_acceptance_counts()
    {
        Assert.Equal(3, Plan.OfLevel(GoalLevel.Inriktningsmal).Count());
        Assert.Equal(16, Plan.OfLevel(GoalLevel.Verksamhetsomradesmal).Count());
        Assert.Equal(24, Plan.OfLevel(GoalLevel.Namndmal).Count());
        Assert.Empty(Plan.OfLevel(GoalLevel.Enhetsmal));
        Assert.Equal(59, Plan.Indicators().Count());
        Assert.Equal(75, Plan.Activities().Count());
    }

    // DOMAIN §7.2: number, title, indicators and activities directly under the goal.
    public static TheoryData<string, string, int, int> Goals => new()
    {
        { "1.1", "Alla barn och ungdomar ska ges möjlighet till jämlika uppväxtvillkor och trygghet samt en rik fritid", 2, 1 },
        { "1.1.1", "Barn och ungdomar erbjuds en jämlik, meningsfull och trygg fritid", 0, 3 },
        { "1.2", "Alla barn ska ges likvärdig möjlighet till utveckling och lärande i förskolan och skolan", 6, 1 },
        { "1.2.1", "Alla barn i förskolan stimuleras och lär utifrån sina förmågor i en inkluderande utbildning med likvärdig och tillgänglig lärmiljö", 0, 2 },
        { "1.2.2", "Alla barn i förskolan utvecklar sin förståelse för grundläggande demokratiska värden i en inkluderande utbildning", 0, 3 },
        { "1.3", "Stockholms stad ska ge stöd och omsorg där behoven är som störst", 10, 1 },
        { "1.3.1", "Barn och ungdomar har goda uppväxtvillkor", 1, 1 },
        { "1.3.2", "Personer med funktionsnedsättning tillförsäkras självbestämmande och möjlighet att kunna delta på lika villkor i samhällets gemenskap genom de insatser som ges", 0, 5 },
        { "1.3.3", "Vuxna invånare lever ett självständigt liv utifrån sina förutsättningar", 0, 3 },
        { "1.4", "Stockholm ska vara en bra stad att åldras i - med god omsorg och stor trygghet", 6, 2 },
        { "1.4.1", "Äldre har ett tryggt, hälsosamt och självständigt liv samt en god personcentrerad vård och omsorg", 0, 9 },
        { "1.5", "Alla stockholmare ska ha tillgång till ett rikt kultur-, idrotts- och föreningsliv", 5, 0 },
        { "1.5.1", "Invånarna har tillgång till ett rikt kultur- och föreningsliv", 0, 2 },
        { "1.5.2", "Park- och naturområden är tillgängliga och inbjuder till lek och rörelse för alla", 0, 1 },
        { "2.1", "Stockholm ska bli klimatpositivt – genom minskade utsläpp och ökad koldioxidlagring", 2, 0 },
        { "2.1.1", "Stadsdelsnämndens verksamheter är energieffektiva och resurssmarta med en minimal klimatpåverkan", 0, 3 },
        { "2.2", "Stockholm ska vara en stad där den biologiska mångfalden ökar", 1, 1 },
        { "2.2.1", "Parker, förskolegårdar och naturmark utvecklas med fokus på biologisk mångfald och klimatanpassning", 0, 5 },
        { "2.3", "Stockholm ska vara en stad där framkomligheten ökar och utsläppen minskar", 0, 1 },
        { "2.3.1", "Parkvägarna har god framkomlighet", 0, 1 },
        { "2.4", "Stockholmarnas hälsa ska främjas genom ren luft, rent vatten och giftfria miljöer", 1, 0 },
        { "2.4.1", "Stadsdelsnämnden bidrar till en god livsmiljö och har giftfria verksamheter", 0, 2 },
        { "3.1", "Stockholms ekonomi är stark, hållbar och lägger grunden för en jämlik välfärd", 3, 0 },
        { "3.1.1", "Stadsdelsnämnden bedriver verksamheterna inom tilldelad ekonomisk ram och tillvaratar digitaliseringens möjligheter", 0, 1 },
        { "3.2", "I Stockholm ska alla ges möjlighet till ett eget jobb", 6, 4 },
        { "3.2.1", "Invånarna är självförsörjande", 0, 0 },
        { "3.2.2", "Stadsdelsnämnden samverkar med det lokala näringslivet och bidrar till ett gott företagsklimat", 0, 0 },
        { "3.3", "I Stockholm ska alla ha rätt till ett bra boende som de har råd med", 3, 0 },
        { "3.3.1", "Invånarna ges förutsättningar till ett hållbart boende", 0, 1 },
        { "3.4", "Medarbetare i Stockholm ska ges goda förutsättningar att göra ett bra jobb", 6, 0 },
        { "3.4.1", "Stadsdelsnämnden är en attraktiv arbetsgivare och har en god arbetsmiljö", 0, 7 },
        { "3.5", "Hög beredskap och stark rådighet ska råda i alla verksamhetsområden", 3, 3 },
        { "3.5.1", "Stadsdelsnämnden har en hög beredskap för oväntade händelser", 0, 6 },
        { "3.5.2", "Stadsdelsnämnden har en stark rådighet med en hållbar utveckling över samhällsviktiga funktioner och välfärdsverksamheter", 0, 1 },
        { "3.6", "Tryggheten ska öka genom förebyggande insatser", 3, 1 },
        { "3.6.1", "Det socialt förebyggande arbetet bidrar till att stadsdelsområdet är tryggt att bo och vistas i", 0, 0 },
        { "3.6.2", "Stadsmiljön upplevs som trygg att vistas och verka i", 0, 1 },
        { "3.6.3", "Stöd erbjuds till unga och vuxna som vill lämna en kriminell livsstil", 0, 2 },
        { "3.7", "Stockholm ska vara en öppen, jämställd och demokratisk stad som samarbetar internationellt", 1, 0 },
        { "3.7.1", "Stadsdelsnämnden är öppen, jämställd och demokratisk", 0, 1 },
    };

    [Theory]
    [MemberData(nameof(Goals))]
    public void Every_goal_has_its_title_number_and_rows(string number, string title, int indicators, int activities)
    {
        var goal = Plan.Goal(number);
        Assert.Equal(title, goal.Title);
        Assert.Equal(indicators, goal.Indicators.Count);
        Assert.Equal(activities, goal.Activities.Count);
    }

    [Fact]
    public void Namndmal_numbers_are_derived_from_position_under_their_vo()
    {
        foreach (var nm in Plan.OfLevel(GoalLevel.Namndmal))
        {
            Assert.True(nm.NumberIsDerived, nm.Title);
            Assert.Null(nm.PrintedNumber);
            Assert.Equal(Plan.ParentOf(nm)!.Number, GoalNumber.ParentOf(nm.Number!));
        }
        Assert.Equal("3.6.1", Plan.OfLevel(GoalLevel.Namndmal).Single(g => g.Title.StartsWith("Det socialt förebyggande", StringComparison.Ordinal)).Number);
        var vo = Plan.Goal("1.4");
        Assert.False(vo.NumberIsDerived);
        Assert.Equal("1.4", vo.PrintedNumber);
    }

    [Fact]
    public void The_three_inriktningsmal_are_read_although_their_headings_run_into_prose()
    {
        Assert.Equal(
            ["Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden",
             "Ett grönt och fossilfritt Stockholm som leder en rättvis klimatomställning",
             "Ett Stockholm med en stabil och hållbar ekonomi med utbildning, jobb och bostäder för alla"],
            Plan.OfLevel(GoalLevel.Inriktningsmal).Select(g => g.Title));
        Assert.StartsWith("Stadsdelsnämnden bidrar till kommunfullmäktiges mål", Plan.Goal("1").Description);
    }

    [Fact]
    public void Parents_form_the_tree()
    {
        Assert.Equal(Plan.Goal("1.3").Id, Plan.Goal("1.3.2").ParentId);
        Assert.Equal(Plan.Goal("3").Id, Plan.Goal("3.6").ParentId);
        Assert.Null(Plan.Goal("2").ParentId);
    }

    [Fact]
    public void Targets_units_and_periodicity_of_known_indicators()
    {
        var bistand = Plan.Indicator("Andel barn som lever i familjer som har ekonomiskt bistånd");
        Assert.Equal((TargetKind.Number, 2m, "%"), (bistand.Target.Kind, bistand.Target.Value, bistand.Target.Unit));
        Assert.Equal((TargetKind.Number, 2.7m, "%"), (bistand.KfTarget.Kind, bistand.KfTarget.Value, bistand.KfTarget.Unit));
        Assert.Equal(Periodicity.Tertial, bistand.Periodicity);
        Assert.Equal("%", bistand.Unit);
        Assert.Contains(bistand, Plan.Goal("1.1").Indicators);

        var andts = Plan.Indicator("Preventionsindex ANDTS");
        Assert.Equal(70m, andts.Target.Value);
        Assert.Null(andts.Target.Unit);
        Assert.Equal(TargetKind.Empty, andts.KfTarget.Kind);
        Assert.Equal(Periodicity.Ar, andts.Periodicity);
        Assert.Contains(andts, Plan.Goal("1.3.1").Indicators);

        var energi = Plan.Indicator("Köpt energi i stadens organisation");
        Assert.Equal((3.12m, "GWh"), (energi.Target.Value, energi.Target.Unit));
        Assert.Equal((1735m, "GWh"), (energi.KfTarget.Value, energi.KfTarget.Unit));
        Assert.Equal(Periodicity.Ar, energi.Periodicity);

        var klimat = Plan.Indicator("Klimatpåverkan från upphandlade livsmedel och måltider");
        Assert.Equal((1.4m, "kg CO2 per kg livsmedel"), (klimat.Target.Value, klimat.Target.Unit));
        Assert.Equal((1.6m, "kg CO2 per kg livsmedel"), (klimat.KfTarget.Value, klimat.KfTarget.Unit));

        var inskrivning = Plan.Indicator("Inskrivningsgrad i förskola");
        Assert.Equal((96.5m, "%"), (inskrivning.Target.Value, inskrivning.Target.Unit));
        Assert.Equal("Tas fram av nämnd", inskrivning.KfTarget.Raw);

        var feriejobb = Plan.Indicator("Antal ungdomar som fått feriejobb i stadens regi");
        Assert.Equal((980m, 11000m), (feriejobb.Target.Value!.Value, feriejobb.KfTarget.Value!.Value));

        var noYearTarget = Plan.Indicator("Andel nöjda omsorgstagare");
        Assert.Equal(TargetKind.Empty, noYearTarget.Target.Kind);
        Assert.Equal("Fastställs 2024", noYearTarget.KfTarget.Raw);
    }

    [Fact]
    public void Target_kinds_match_the_domain_census()
    {
        // DOMAIN §3.3, hagersten column: Årsmål / KF per kind.
        var indicators = Plan.Indicators().ToList();
        Assert.Equal(36, indicators.Count(i => i.Target is { Kind: TargetKind.Number, Unit: "%" }));
        Assert.Equal(25, indicators.Count(i => i.KfTarget is { Kind: TargetKind.Number, Unit: "%" }));
        Assert.Equal(12, indicators.Count(i => i.Target is { Kind: TargetKind.Number, Unit: null }));
        Assert.Equal(3, indicators.Count(i => i.Target.Kind == TargetKind.Empty));
        Assert.Equal(19, indicators.Count(i => i.KfTarget.Raw.StartsWith("Tas fram av nämnd", StringComparison.Ordinal)));
        Assert.Equal(9, indicators.Count(i => i.KfTarget.Raw == "Tas fram av nämnd/styrelse"));
        Assert.Equal(4, indicators.Count(i => i.KfTarget.Raw == "Fastställs 2024"));
        Assert.Equal(37, indicators.Count(i => i.Periodicity == Periodicity.Ar));
        Assert.Equal(22, indicators.Count(i => i.Periodicity == Periodicity.Tertial));
    }

    [Fact]
    public void Direction_is_inferred_from_targets_and_a_few_names()
    {
        Assert.Equal(Direction.Higher, Plan.Indicator("Andel legitimerade förskollärare av totalt antal anställda (årsarbetare)").Direction);
        Assert.Equal(Direction.Lower, Plan.Indicator("Antal barn per legitimerad förskollärare").Direction);
        Assert.Equal(Direction.Band, Plan.Indicator("Nämndens prognossäkerhet T2").Direction);
        Assert.Equal(Direction.Max, Plan.Indicator("Antal personal en hemtjänsttagare med minst två besök om dagen möter under en 14-dagarsperiod").Direction);
        Assert.Equal(Direction.Lower, Plan.Indicator("Sjukfrånvaro").Direction);
        Assert.Equal(Direction.Unknown, Plan.Indicator("Antal barn per grupp").Direction);
    }

    [Fact]
    public void Activities_have_dates_and_council_assignments_sit_under_vo()
    {
        var activities = Plan.Activities().ToList();
        var dueAugust = activities.Where(a => a.End == new DateOnly(2024, 8, 31)).ToList();
        Assert.Equal(3, dueAugust.Count);
        Assert.Contains(dueAugust, a => a.Title.StartsWith("Stadsdelsnämnderna ska upprätta en parkleksplan", StringComparison.Ordinal) && a.IsCouncilAssignment);
        Assert.Contains(dueAugust, a => a.Title.StartsWith("Stadsdelsnämnden ska utreda hur öppettider och bemanning", StringComparison.Ordinal) && a.Start == new DateOnly(2023, 1, 1));
        Assert.Equal(15, activities.Count(a => a.IsCouncilAssignment));
        Assert.Equal(63, activities.Count(a => a.Start == new DateOnly(2024, 1, 1)));
        Assert.Equal(68, activities.Count(a => a.End == new DateOnly(2024, 12, 31)));
        Assert.All(Plan.Goal("1.1.1").Activities, a => Assert.False(a.IsCouncilAssignment));
        Assert.Equal("Stadsdelsnämnden ska ta fram en utvecklingsplan för fritidsverksamheten.", Plan.Goal("1.1.1").Activities[1].Title);
    }

    [Fact]
    public void An_activity_that_ended_before_the_plan_year_is_a_warning_not_a_fix()
    {
        var old = Plan.Activities().Single(a => a.Title.StartsWith("Stadsdelsnämnden ska fortsätta utveckla arbetet med nationella", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2023, 12, 31), old.End);
        Assert.Contains(Plan.Warnings, w => w.StartsWith("rad 748:", StringComparison.Ordinal) && w.Contains("2023-12-31", StringComparison.Ordinal));
    }

    [Fact]
    public void Description_and_expected_results_of_a_namndmal()
    {
        var goal = Plan.Goal("1.1.1");
        // "verksamhetsutveck-" / " lingen." across a page start: a soft hyphen, repaired.
        Assert.Contains("som en del i verksamhetsutvecklingen. Samarbete sker", goal.Description);
        Assert.StartsWith("Målen nås genom att mötesplatser", goal.Description);
        Assert.Equal(
            ["Fler barn och ungdomar deltar i mötesplatsernas och parklekarnas verksamhet.",
             "Fler varierade kultur- och fritidsaktiviteter erbjuds barn och ungdomar inom stadsdelens park- och fritidsverksamheter.",
             "Lika många flickor som pojkar deltar i verksamheterna"],
            goal.ExpectedResults);
    }

    [Fact]
    public void Page_furniture_does_not_leak_into_text()
    {
        foreach (var goal in Plan.Goals)
        {
            foreach (var text in new[] { goal.Title, goal.Description ?? "" }.Concat(goal.ExpectedResults)
                         .Concat(goal.Activities.Select(a => a.Title)).Concat(goal.Indicators.Select(i => i.Name)))
            {
                Assert.DoesNotContain("Tjänsteutlåtande", text, StringComparison.Ordinal);
                Assert.DoesNotMatch(@"Sid \d+ \(76\)", text);
            }
        }
    }
}
