using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;
using StatusBot.Testing;

namespace StatusBot.Import.Tests.Seeds;

/// <summary>
/// The importer meets other nämnder and years: mutated seeds must give the same structure. Every mutation is
/// checked to have applied (see <see cref="Mutation"/>).
/// </summary>
public class GeneralisationTests
{
    private static Plan Import(string text, string name = "mutated.txt", ImportOptions? options = null) =>
        DocumentImporter.ImportText(text, name, options);

    private static void AssertSameStructure(Plan expected, Plan actual)
    {
        Assert.Equal(expected.Goals.Select(g => (g.Level, g.Number, g.Title)), actual.Goals.Select(g => (g.Level, g.Number, g.Title)));
        Assert.Equal(expected.Goals.Select(g => g.Indicators.Count), actual.Goals.Select(g => g.Indicators.Count));
        Assert.Equal(expected.Goals.Select(g => g.Activities.Count), actual.Goals.Select(g => g.Activities.Count));
        Assert.Equal(expected.Indicators().Select(i => (i.Name, i.Target.Raw, i.KfTarget.Raw, i.Periodicity)),
            actual.Indicators().Select(i => (i.Name, i.Target.Raw, i.KfTarget.Raw, i.Periodicity)));
        Assert.Equal(expected.Activities().Select(a => (a.Title, a.Deviation)), actual.Activities().Select(a => (a.Title, a.Deviation)));
    }

    [Fact]
    public void Another_namnd_and_year_of_a_plan()
    {
        var text = SeedPlans.Text(RepoPaths.Hagersten)
            .Mutate("Hägersten-Älvsjö stadsdelsnämnd", "Farsta stadsdelsnämnd")
            .ShiftYears(1);
        var plan = Import(text);
        Assert.Equal("Farsta stadsdelsnämnd", plan.Organisation);
        Assert.Equal(2025, plan.Year);
        Assert.Equal("farsta-stadsdelsnamnd/2025/verksamhetsplan", plan.Id);
        Assert.Equal(3, plan.Activities().Count(a => a.End == new DateOnly(2025, 8, 31)));
        var expected = SeedPlans.Hagersten;
        Assert.Equal(expected.Goals.Select(g => (g.Level, g.Number)), plan.Goals.Select(g => (g.Level, g.Number)));
        Assert.Equal(59, plan.Indicators().Count());
        Assert.Equal(75, plan.Activities().Count());
        Assert.Equal(4, plan.Indicators().Count(i => i.KfTarget.Raw == "Fastställs 2025"));
    }

    [Fact]
    public void Another_namnd_and_year_of_a_report_named_only_in_its_footers()
    {
        var text = SeedPlans.Text(RepoPaths.Enskede)
            .Mutate("Enskede-Årsta-Vantörs stadsdelsnämnd", "Rinkeby-Kista stadsdelsnämnd")
            .ShiftYears(2);
        var plan = Import(text);
        Assert.Equal("Rinkeby-Kista stadsdelsnämnd", plan.Organisation);
        Assert.Equal(2025, plan.Year);
        Assert.Equal(DocumentKind.Verksamhetsberattelse, plan.Document);
        Assert.Equal(25, plan.OfLevel(GoalLevel.Namndmal).Count());
        Assert.Equal(81, plan.Indicators().Count());
        Assert.Equal(109, plan.Activities().Count());
        Assert.Equal(44, plan.Goals.Count(g => g.Assessments.Count == 1 && g.Assessments[0].Period.Year == 2025));
        Assert.Equal(22, plan.Indicators().Count(i => i.Periodicity == Domain.Indicators.Periodicity.Tertial));
    }

    [Fact]
    public void Typed_numbers_in_every_printed_form()
    {
        var position = 0;
        var text = SeedPlans.Text(RepoPaths.Enskede).Mutate(@"^(\s*Nämndmål: )(\d\.\d\.\d) ", m => (position++ % 3) switch
        {
            0 => m.Value,
            1 => $"{m.Groups[1].Value}{m.Groups[2].Value}. ",
            _ => $"{m.Groups[1].Value}{m.Groups[2].Value}.",
        }, expectedAtLeast: 25);
        var plan = Import(text);
        AssertSameStructure(SeedPlans.Enskede, plan);
        var namndmal = plan.OfLevel(GoalLevel.Namndmal).ToList();
        Assert.Equal("1.1.1", namndmal[0].PrintedNumber);
        Assert.Equal("1.1.2.", namndmal[1].PrintedNumber);
        Assert.Equal("1.2.1.", namndmal[2].PrintedNumber);
        Assert.All(namndmal, g => Assert.False(g.NumberIsDerived));
        Assert.Equal(SeedPlans.Enskede.Goals.Select(g => g.Id), plan.Goals.Select(g => g.Id.Replace(plan.Id, SeedPlans.Enskede.Id, StringComparison.Ordinal)));
    }

    [Fact]
    public void Typed_numbers_where_the_seed_prints_none()
    {
        // Number hagersten's nämndmål as another nämnd would ("1.4.1. Title"): the typed numbers equal the derived ones.
        var counters = new Dictionary<string, int>();
        var vo = "";
        var lines = SeedPlans.Text(RepoPaths.Hagersten).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var voMatch = System.Text.RegularExpressions.Regex.Match(lines[i], @"^\s*KF:s mål för verksamhetsområdet: (\d\.\d) ");
            if (voMatch.Success) vo = voMatch.Groups[1].Value;
            if (lines[i].StartsWith("Nämndmål: ", StringComparison.Ordinal) || lines[i].StartsWith(" Nämndmål: ", StringComparison.Ordinal))
            {
                counters[vo] = counters.GetValueOrDefault(vo) + 1;
                lines[i] = lines[i].Replace("Nämndmål: ", $"Nämndmål: {vo}.{counters[vo]}. ", StringComparison.Ordinal);
            }
        }
        var plan = Import(string.Join('\n', lines));
        AssertSameStructure(SeedPlans.Hagersten, plan);
        Assert.All(plan.OfLevel(GoalLevel.Namndmal), g => Assert.Equal(g.Number + ".", g.PrintedNumber));
        Assert.Equal(SeedPlans.Hagersten.Goals.Select(g => g.Id), plan.Goals.Select(g => g.Id));
    }

    [Fact]
    public void Inriktningsmal_with_drifting_wording_still_stop_where_the_prose_starts()
    {
        // hagersten's IM headings run into prose; the summary's wording ("Grönt", "åt alla") is used in the headings here.
        var text = SeedPlans.Text(RepoPaths.Hagersten)
            .Mutate(@"^ KF:s inriktningsmål: 2\. Ett grönt", " KF:s inriktningsmål: 2. Ett Grönt")
            .Mutate(@"^ekonomi med utbildning, jobb och bostäder för alla $", "ekonomi med utbildning, jobb och bostäder åt alla ");
        var plan = Import(text);
        Assert.Equal("Ett Grönt och fossilfritt Stockholm som leder en rättvis klimatomställning", plan.Goal("2").Title);
        Assert.Equal("Ett Stockholm med en stabil och hållbar ekonomi med utbildning, jobb och bostäder åt alla", plan.Goal("3").Title);
        Assert.StartsWith("Stadsdelsnämnden", plan.Goal("3").Description);
        Assert.Contains(plan.Warnings, w => w.Contains("avviker", StringComparison.Ordinal));
        Assert.Equal(SeedPlans.Hagersten.Goals.Select(g => g.Id), plan.Goals.Select(g => g.Id));
    }

    [Fact]
    public void An_unknown_inriktningsmal_title_stops_at_a_new_capitalised_line()
    {
        var text = SeedPlans.Text(RepoPaths.Hagersten)
            .Mutate(@"^KF:s inriktningsmål: 1\. Ett Stockholm som håller samman med en $\n^stark och jämlik välfärd i hela staden $",
                "KF:s inriktningsmål: 1. Ett tryggt och sammanhållet \nStockholm för alla ");
        var plan = Import(text);
        Assert.Equal("Ett tryggt och sammanhållet", plan.Goal("1").Title);
        Assert.StartsWith("Stockholm för alla Stadsdelsnämnden bidrar", plan.Goal("1").Description);
        Assert.Contains(plan.Warnings, w => w.Contains("inte någon av kommunfullmäktiges tre kända", StringComparison.Ordinal));
        Assert.Equal(24, plan.OfLevel(GoalLevel.Namndmal).Count());
    }

    [Fact]
    public void One_line_indicator_header()
    {
        var text = SeedPlans.Text(RepoPaths.Hagersten)
            .Mutate(@"^\s*Indikator Årsmål KF:s årsmål \når 2024 Periodicitet ", "Indikator Årsmål KF:s årsmål år 2024 Periodicitet ", expectedAtLeast: 17);
        AssertSameStructure(SeedPlans.Hagersten, Import(text));
    }

    [Fact]
    public void Namnd_styrelse_broken_after_the_slash()
    {
        var text = SeedPlans.Text(RepoPaths.Hagersten).Mutate(@"nämnd/styrel\n\nse ", "nämnd/ \nstyrelse ", expectedAtLeast: 9);
        var plan = Import(text);
        AssertSameStructure(SeedPlans.Hagersten, plan);
        Assert.Equal(9, plan.Indicators().Count(i => i.KfTarget.Raw == "Tas fram av nämnd/styrelse"));
    }

    [Fact]
    public void Page_footer_of_another_namnd_anywhere()
    {
        const string footer = "\n\nSkarpnäcks stadsdelsnämnd, Verksamhetsberättelse 7(88) \n \n";
        var text = SeedPlans.Text(RepoPaths.Hagersten)
            // mid-sentence in a Beskrivning,
            .Mutate(@"(Strukturerade dialoger med deltagande )\n", "$1" + footer)
            // between an indicator's name and its values,
            .Mutate(@"(avslutad utredning )\n\n(24 % 24 % Tertial)", "$1" + footer + "$2")
            // inside an activity's text,
            .Mutate(@"(Stadsdelsnämnderna ska upprätta en parkleksplan som beskriver nuläge )\n", "$1" + footer)
            // and inside a title.
            .Mutate(@"(Nämndmål: Alla barn i förskolan stimuleras och lär utifrån sina förmågor i en )\n", "$1" + footer);
        var plan = Import(text);
        AssertSameStructure(SeedPlans.Hagersten, plan);
        Assert.Equal(SeedPlans.Hagersten.Goal("1.1.1").Description, plan.Goal("1.1.1").Description);
        Assert.Equal(SeedPlans.Hagersten.Goal("1.2.1").Title, plan.Goal("1.2.1").Title);
        // A running footer names the document's owner, so it outweighs the body's mentions of a nämnd.
        Assert.Equal("Skarpnäcks stadsdelsnämnd", plan.Organisation);
    }

    [Fact]
    public void Plan_table_header_repeated_inside_an_indicator_name()
    {
        var text = SeedPlans.Text(RepoPaths.Hagersten)
            .InsertAfterLine("Andel barn och unga som åter blir föremål för anmälan/ansökan efter", "\n\n  Indikator Årsmål KF:s årsmål \når 2024 Periodicitet \n\n \n");
        var plan = Import(text);
        AssertSameStructure(SeedPlans.Hagersten, plan);
        Assert.Contains(plan.Warnings, w => w.Contains("tabellhuvud", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Report_table_header_repeated_inside_an_indicator_name()
    {
        const string header = "    Indikator Periodens \nutfall \n\nUtfall \nmän/ \npojkar \n\nUtfall \nkvinnor/ \nflickor \n\nUtfall VB \n2022 Årsmål KF:s \n\nårsmål Period \n\n \n";
        var text = SeedPlans.Text(RepoPaths.Enskede).InsertAfterLine("upplever trygghet i den", header);
        var plan = Import(text);
        AssertSameStructure(SeedPlans.Enskede, plan);
        Assert.Equal(78m, plan.Indicator("Andel stockholmare som upplever trygghet i den stadsdel där man bor").Outcomes[0].Total!.Value);
    }

    [Fact]
    public void Report_without_the_blank_lines_left_by_lost_status_symbols()
    {
        // Rows then announce themselves by indentation or by reading like a name.
        var text = SeedPlans.Text(RepoPaths.Enskede).Mutate(@"^ +$", "", expectedAtLeast: 100);
        var plan = Import(text);
        AssertSameStructure(SeedPlans.Enskede, plan);
        Assert.Equal(SeedPlans.Enskede.Indicators().Select(i => i.Outcomes[0].Analysis), plan.Indicators().Select(i => i.Outcomes[0].Analysis));
    }

    [Fact]
    public void Another_unit_of_another_namnd()
    {
        var text = SeedPlans.Text(RepoPaths.Stod)
            .Mutate("Stöd- och aktivitetsenheten", "Hemtjänsten Skärholmen", expectedAtLeast: 4)
            .Mutate("Hägersten-Älvsjö stadsdelsnämnd", "Skärholmens stadsdelsnämnd")
            .ShiftYears(3);
        var plan = Import(text);
        Assert.Equal("Hemtjänsten Skärholmen", plan.Organisation);
        Assert.Equal("Skärholmens stadsdelsnämnd", plan.ParentOrganisation);
        Assert.Equal(2026, plan.Year);
        Assert.Equal(6, plan.OfLevel(GoalLevel.Enhetsmal).Count());
        Assert.Equal(SeedPlans.Stod.Goals.Select(g => (g.Level, g.Title)), plan.Goals.Select(g => (g.Level, g.Title)));
    }

    [Fact]
    public void A_broken_row_does_not_swallow_the_next_one()
    {
        // Destroy the cells of one report row: the rows around it survive and the damage is reported.
        var text = SeedPlans.Text(RepoPaths.Enskede).Mutate(@"^78 % 80 % 76 % 74 % 79 % 79 % 2023 $", "78 % 80 %\n\n2023 ");
        var plan = Import(text);
        Assert.Equal(80, plan.Indicators().Count());
        Assert.DoesNotContain(plan.Indicators(), i => i.Name.StartsWith("Andel stockholmare som upplever trygghet", StringComparison.Ordinal));
        Assert.Equal(SeedPlans.Enskede.Indicator("Stockholmarnas nöjdhet med renhållning och städning").Outcomes[0].Total, plan.Indicator("Stockholmarnas nöjdhet med renhållning och städning").Outcomes[0].Total);
        Assert.Contains(plan.Warnings, w => w.Contains("kunde inte tolkas", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(RepoPaths.Hagersten)]
    [InlineData(RepoPaths.Enskede)]
    public void Lines_ending_in_two_spaces_and_pages_without_furniture(string seed)
    {
        var expected = seed == RepoPaths.Hagersten ? SeedPlans.Hagersten : SeedPlans.Enskede;
        AssertSameStructure(expected, Import(SeedPlans.Text(seed).Mutate(" $", "  ", expectedAtLeast: 1000)));
        AssertSameStructure(expected, Import(SeedPlans.Text(seed)
            .Mutate(@"^(Tjänsteutlåtande|Sid \d+ \(\d+\)|.*, Verksamhetsberättelse \d+\(\d+\)) *$", "", expectedAtLeast: 9)));
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark()
    {
        var text = "\uFEFF" + SeedPlans.Text(RepoPaths.Stod).Replace("\n", "\r\n", StringComparison.Ordinal);
        AssertSameStructure(SeedPlans.Stod, Import(text));
    }
}
