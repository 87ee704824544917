using StatusBot.Domain.Assessments;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Tests.Conversation.Support;

/// <summary>
/// Plans shaped like the seeds (DOMAIN.md §7), with their real titles, indicator names and assessments, cut down
/// to the goals the conversation tests need. Built by hand until the importer is merged; the lead can swap these
/// for imported seeds by replacing the bodies of <see cref="EnskedeVb2023"/> and friends.
/// Two nämnder, two years, a VP and a VB of the same year, and one unit plan.
/// </summary>
internal static class SeedPlans
{
    public const string Enskede = "Enskede-Årsta-Vantörs stadsdelsnämnd";
    public const string Hagersten = "Hägersten-Älvsjö stadsdelsnämnd";
    public const string Stod = "Stöd- och aktivitetsenheten";

    private const string Im1 = "Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden";
    private const string Im2 = "Ett grönt och fossilfritt Stockholm som leder en rättvis klimatomställning";
    private const string Im3 = "Ett Stockholm med en stabil och hållbar ekonomi med utbildning, jobb och bostäder för alla";
    private const string Vo12 = "Alla barn ska ges likvärdig möjlighet till utveckling och lärande i förskolan och skolan";
    private const string Vo32 = "I Stockholm ska alla ges möjlighet till ett eget jobb";
    private const string Vo34 = "Medarbetare i Stockholm ska ges goda förutsättningar att göra ett bra jobb";
    private const string Vo35 = "Hög beredskap och stark rådighet ska råda i alla verksamhetsområden";
    private const string Vo36 = "Tryggheten ska öka genom förebyggande insatser";
    private const string Trygghet = "Andel stockholmare som upplever trygghet i den stadsdel där man bor";

    public static IReadOnlyList<Plan> All() =>
        [EnskedeVp2023(), EnskedeVb2023(), HagerstenVp2023(), HagerstenVp2024(), StodVp2023()];

    /// <summary>enskede: VB 2023, typed numbers, one assessment per goal (§7.3).</summary>
    public static Plan EnskedeVb2023() =>
        new PlanBuilder(Enskede, 2023, DocumentKind.Verksamhetsberattelse)
            .Im("1", Im1, Bedomning.UppfyllsHelt)
            .Vo("1.2", Vo12, Bedomning.UppfyllsDelvis)
            .Nm("1.2.1", "Alla barn har likvärdig möjlighet till utveckling och lärande i en hållbar förskola av hög pedagogisk kvalitet", Bedomning.UppfyllsDelvis)
            .Activity("Specialpedagogiskt nätverk för medarbetare i förskolan")
            .Vo("1.3", "Stockholms stad ska ge stöd och omsorg där behoven är som störst", Bedomning.UppfyllsHelt)
            .Nm("1.3.1", "Våldsutsatta barn, unga, vuxna och äldre får skydd och stöd", Bedomning.UppfyllsHelt)
            .Activity("Starta ett nätverk kring relationsvåld")
            .Nm("1.3.2", "Stadsdelsförvaltningen ger stöd till barn, unga och vuxna som vill lämna kriminalitet", Bedomning.UppfyllsDelvis)
            .Im("2", Im2, Bedomning.UppfyllsHelt)
            .Vo("2.4", "Stockholmarnas hälsa ska främjas genom ren luft, rent vatten och giftfria miljöer", Bedomning.UppfyllsDelvis)
            .Nm("2.4.1", "Stadsdelsförvaltningen bidrar till hälsosamma och giftfria miljöer", Bedomning.UppfyllsDelvis)
            .Im("3", Im3, Bedomning.UppfyllsDelvis)
            .Vo("3.2", Vo32, Bedomning.UppfyllsHelt)
            .Indicator("Antal tillhandahållna platser för feriejobb", Periodicity.Ar, "1 030 st", (PeriodKind.VB, "1 042"))
            .Indicator("Antal ungdomar som fått feriejobb i stadens regi", Periodicity.Tertial, "1 300 st", (PeriodKind.VB, "1 300 st"))
            .Nm("3.2.1", "Invånare i stadsdelsområdet har jobb och försörjer sig själva", Bedomning.UppfyllsDelvis,
                description: "Genom feriejobb under sommaren och skolloven introduceras unga i arbetslivet.")
            .Nm("3.2.2", "Stadsdelsförvaltningen bidrar till ett gott näringslivsklimat", Bedomning.UppfyllsHelt)
            .Vo("3.4", Vo34, Bedomning.UppfyllsHelt)
            .Indicator("Aktivt Medskapandeindex", Periodicity.Ar, "79", (PeriodKind.VB, "80"))
            .Indicator("Sjukfrånvaro", Periodicity.Tertial, "8 %", (PeriodKind.VB, "8 %"))
            .Nm("3.4.1", "Medarbetare i stadsdelsförvaltningen har goda förutsättningar att göra ett bra jobb", Bedomning.UppfyllsHelt)
            .Nm("3.4.2", "Verksamheterna är ändamålsenliga och styrningen är effektiv", Bedomning.UppfyllsHelt)
            .Vo("3.6", Vo36, Bedomning.UppfyllsDelvis)
            .Indicator(Trygghet, Periodicity.Ar, "79 %", (PeriodKind.VB, "78 %"))
            .Nm("3.6.1", "Stadsdelsområdet är tryggt, tillgängligt och välskött", Bedomning.UppfyllsHelt)
            .Activity("Genomföra trygghetsvandringar tillsammans med polis och lokala aktörer")
            .Build();

    /// <summary>The plan behind the VB above: same goals, no assessments. Status must prefer the VB.</summary>
    public static Plan EnskedeVp2023() =>
        new PlanBuilder(Enskede, 2023, DocumentKind.Verksamhetsplan)
            .Im("3", Im3)
            .Vo("3.6", Vo36)
            .Indicator(Trygghet, Periodicity.Ar, "79 %")
            .Nm("3.6.1", "Stadsdelsområdet är tryggt, tillgängligt och välskött")
            .Build();

    /// <summary>hagersten: VP 2024, nämndmål numbers derived from position (§7.2); a few T1 reports entered.</summary>
    public static Plan HagerstenVp2024() =>
        new PlanBuilder(Hagersten, 2024, DocumentKind.Verksamhetsplan)
            .Im("1", Im1)
            .Vo("1.1", "Alla barn och ungdomar ska ges möjlighet till jämlika uppväxtvillkor och trygghet samt en rik fritid")
            .Nm("1.1.1", "Barn och ungdomar erbjuds en jämlik, meningsfull och trygg fritid", derived: true)
            .Assessed(PeriodKind.T1, Bedomning.UppfyllsHelt)
            .Vo("1.2", Vo12)
            .Nm("1.2.1", "Alla barn i förskolan stimuleras och lär utifrån sina förmågor i en inkluderande utbildning med likvärdig och tillgänglig lärmiljö", derived: true)
            .Nm("1.2.2", "Alla barn i förskolan utvecklar sin förståelse för grundläggande demokratiska värden i en inkluderande utbildning", derived: true)
            .Im("3", Im3)
            .Vo("3.2", Vo32)
            .Indicator("Andel personer som har ekonomiskt bistånd i förhållande till befolkningen", Periodicity.Tertial, "1,2 %")
            .Indicator("Antal tillhandahållna platser för feriejobb", Periodicity.Tertial, "1 000 st")
            .Nm("3.2.1", "Invånarna är självförsörjande", derived: true)
            .Nm("3.2.2", "Stadsdelsnämnden samverkar med det lokala näringslivet och bidrar till ett gott företagsklimat", derived: true)
            .Vo("3.4", Vo34)
            .Indicator("Aktivt Medskapandeindex", Periodicity.Ar, "79")
            .Indicator("Sjukfrånvaro", Periodicity.Tertial, "8,5 %", (PeriodKind.T1, "8,1 %"))
            .Nm("3.4.1", "Stadsdelsnämnden är en attraktiv arbetsgivare och har en god arbetsmiljö", derived: true)
            .Vo("3.5", Vo35)
            .Nm("3.5.1", "Stadsdelsnämnden har en hög beredskap för oväntade händelser", derived: true)
            .Nm("3.5.2", "Stadsdelsnämnden har en stark rådighet med en hållbar utveckling över samhällsviktiga funktioner och välfärdsverksamheter", derived: true)
            .Vo("3.6", Vo36)
            .Indicator(Trygghet, Periodicity.Ar, "81 %")
            .Nm("3.6.1", "Det socialt förebyggande arbetet bidrar till att stadsdelsområdet är tryggt att bo och vistas i", derived: true)
            .Nm("3.6.2", "Stadsmiljön upplevs som trygg att vistas och verka i", derived: true)
            .Assessed(PeriodKind.T1, Bedomning.UppfyllsDelvis)
            .Nm("3.6.3", "Stöd erbjuds till unga och vuxna som vill lämna en kriminell livsstil", derived: true)
            .Build();

    /// <summary>
    /// An older hagersten plan (not among the seeds; synthetic, for year scoping): its 3.6.1 is another goal.
    /// </summary>
    public static Plan HagerstenVp2023() =>
        new PlanBuilder(Hagersten, 2023, DocumentKind.Verksamhetsplan)
            .Im("3", Im3)
            .Vo("3.6", Vo36)
            .Nm("3.6.1", "Stadsdelsområdet upplevs som tryggt och välkomnande", derived: true)
            .Build();

    /// <summary>stod: the unit plan under hagersten, with copied nämndmål and the unit's own enhetsmål (§7.4).</summary>
    public static Plan StodVp2023() =>
        new PlanBuilder(Stod, 2023, DocumentKind.Verksamhetsplan, parentOrganisation: Hagersten)
            .Im("3", Im3)
            .Vo("3.4", Vo34)
            .Indicator("Sjukfrånvaro", Periodicity.Tertial, "9 %")
            .Indicator("Sjukfrånvaro dag 1-14", Periodicity.Tertial, "3,5 %")
            .Nm("3.4.1", "Stadsdelsnämnden är en attraktiv arbetsgivare och har en god arbetsmiljö", derived: true)
            .Em("Enheten är en god arbetsgivare och har en god arbetsmiljö")
            .Build();
}
