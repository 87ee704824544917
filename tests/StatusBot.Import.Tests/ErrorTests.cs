using StatusBot.Domain.Plans;
using StatusBot.Import.Tests.Seeds;
using StatusBot.Testing;

namespace StatusBot.Import.Tests;

/// <summary>Files that are not goal documents fail with an <see cref="ImportException"/>: file, line, Swedish reason.</summary>
public class ErrorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  \n")]
    public void Empty_text_is_refused(string text)
    {
        var e = Assert.Throws<ImportException>(() => DocumentImporter.ImportText(text, "tom.txt"));
        Assert.Equal("tom.txt", e.SourceName);
        Assert.Equal(1, e.LineNumber);
        Assert.Contains("tom", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("tom.txt, rad 1:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_goal_headings_is_refused()
    {
        var text = "Protokoll från nämndens sammanträde\nNämnden beslutade att godkänna verksamhetsplan 2024.\n";
        var e = Assert.Throws<ImportException>(() => DocumentImporter.ImportText(text, "protokoll.txt"));
        Assert.Contains("inga målrubriker", e.Reason, StringComparison.Ordinal);
        Assert.Equal(3, e.LineNumber);
    }

    [Fact]
    public void Only_a_table_of_contents_is_refused()
    {
        var text = "Innehållsförteckning\nKF:s inriktningsmål: 1. Ett Stockholm som håller samman med en stark och jämlik välfärd i\nhela staden ........................5\n";
        var e = Assert.Throws<ImportException>(() => DocumentImporter.ImportText(text, "toc.txt", new ImportOptions { Organisation = "X stadsdelsnämnd", Year = 2024, Document = DocumentKind.Verksamhetsplan }));
        Assert.Equal("toc.txt", e.SourceName);
    }

    [Fact]
    public void Binary_junk_is_refused_with_its_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"junk-{Guid.NewGuid():N}.txt");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = (byte)'\n';
        bytes[11] = 0;
        File.WriteAllBytes(path, bytes);
        try
        {
            var e = Assert.Throws<ImportException>(() => DocumentImporter.ImportFile(path));
            Assert.Equal(Path.GetFileName(path), e.SourceName);
            Assert.True(e.LineNumber >= 1);
            Assert.Contains("binära", e.Reason, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_an_import_exception()
    {
        var e = Assert.Throws<ImportException>(() => DocumentImporter.ImportFile("/finns/inte/plan.txt"));
        Assert.Equal("plan.txt", e.SourceName);
        Assert.Contains("kunde inte läsas", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_pdf_is_an_import_exception()
    {
        var e = Assert.Throws<ImportException>(() => DocumentImporter.ImportBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog"u8.ToArray(), "trasig.pdf"));
        Assert.Equal("trasig.pdf", e.SourceName);
        Assert.Contains("PDF", e.Reason, StringComparison.Ordinal);
    }

    private const string MinimalPlan = """
        KF:s inriktningsmål: 1. Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden 

        KF:s mål för verksamhetsområdet: 1.1 Alla barn och ungdomar ska ges möjlighet till jämlika uppväxtvillkor 

        Nämndmål: Barn och ungdomar erbjuds en jämlik fritid 

        """;

    [Fact]
    public void Without_organisation_in_document_or_options_the_import_fails_in_swedish()
    {
        var e = Assert.Throws<ImportException>(() => DocumentImporter.ImportText(MinimalPlan, "utan-namn.txt", new ImportOptions { Year = 2024, Document = DocumentKind.Verksamhetsplan }));
        Assert.Contains("nämnd eller enhet", e.Reason, StringComparison.Ordinal);
        var year = Assert.Throws<ImportException>(() => DocumentImporter.ImportText(MinimalPlan, "utan-år.txt", new ImportOptions { Organisation = "Farsta stadsdelsnämnd", Document = DocumentKind.Verksamhetsplan }));
        Assert.Contains("vilket år", year.Reason, StringComparison.Ordinal);
        var kind = Assert.Throws<ImportException>(() => DocumentImporter.ImportText(MinimalPlan, "utan-typ.txt", new ImportOptions { Organisation = "Farsta stadsdelsnämnd", Year = 2024 }));
        Assert.Contains("verksamhetsplan eller en verksamhetsberättelse", kind.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_supply_what_the_document_does_not_say()
    {
        var plan = DocumentImporter.ImportText(MinimalPlan, "minimal.txt", new ImportOptions { Organisation = "Farsta stadsdelsnämnd", Year = 2024, Document = DocumentKind.Verksamhetsplan });
        Assert.Equal("farsta-stadsdelsnamnd/2024/verksamhetsplan", plan.Id);
        Assert.Equal(["1", "1.1", "1.1.1"], plan.Goals.Select(g => g.Number));
        Assert.Equal("minimal.txt", plan.Source);
    }

    [Fact]
    public void Options_override_the_document_and_the_difference_is_a_warning()
    {
        var plan = DocumentImporter.ImportText(SeedPlans.Text(RepoPaths.Stod), "stod.txt", new ImportOptions { Year = 2024, Organisation = "Socialpsykiatrin" });
        Assert.Equal(2024, plan.Year);
        Assert.Equal("Socialpsykiatrin", plan.Organisation);
        Assert.Contains(plan.Warnings, w => w.Contains("\"2023\"", StringComparison.Ordinal) && w.Contains("\"2024\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unit_plan_without_the_units_name_is_refused_rather_than_filed_as_the_namnds()
    {
        var text = SeedPlans.Text(RepoPaths.Stod).Mutate(@"^Stöd- och aktivitetsenheten *$", "", expectedAtLeast: 3);
        var e = Assert.Throws<ImportException>(() => DocumentImporter.ImportText(text, "enhet.txt"));
        Assert.Contains("enhetsmål", e.Reason, StringComparison.Ordinal);
        var plan = DocumentImporter.ImportText(text, "enhet.txt", new ImportOptions { Organisation = "Stöd- och aktivitetsenheten" });
        Assert.Equal(6, plan.OfLevel(Domain.Goals.GoalLevel.Enhetsmal).Count());
    }

    [Fact]
    public void An_absurd_year_is_refused()
    {
        var e = Assert.Throws<ImportException>(() => DocumentImporter.ImportText(MinimalPlan, "x.txt", new ImportOptions { Organisation = "Farsta stadsdelsnämnd", Year = 1850, Document = DocumentKind.Verksamhetsplan }));
        Assert.Contains("1850", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_text_is_read()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(MinimalPlan);
        var plan = DocumentImporter.ImportBytes(bytes, "latin1.txt", new ImportOptions { Organisation = "Farsta stadsdelsnämnd", Year = 2024, Document = DocumentKind.Verksamhetsplan });
        Assert.Equal("Barn och ungdomar erbjuds en jämlik fritid", plan.Goal("1.1.1").Title);
    }
}
