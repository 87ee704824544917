using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StatusBot.Testing;
using StatusBot.Tests.Reports;

namespace StatusBot.Tests.Cli;

public class ExportReportCommandTests
{
    private static readonly string[] Seeds = [RepoPaths.Seed(RepoPaths.Hagersten), RepoPaths.Seed(RepoPaths.Enskede), RepoPaths.Seed(RepoPaths.Stod)];

    private static readonly Lazy<Task<string>> SeededStore = new(async () =>
    {
        var store = CliRunner.TempStore();
        var import = await CliRunner.RunAsync(["import", .. Seeds, "--store", store]);
        Assert.Equal(0, import.Exit);
        return store;
    });

    [Fact]
    public async Task Export_docx_of_VB_2023_writes_a_valid_document_with_every_goal()
    {
        var store = await SeededStore.Value;
        var file = Path.Combine(Directory.CreateTempSubdirectory("statusbot-export-").FullName, "f.docx");

        var result = await CliRunner.RunAsync("export", "--format", "docx", "--period", "VB", "--year", "2023", "--output", file, "--store", store,
            "--organisation", "Enskede-Årsta-Vantörs stadsdelsnämnd");

        Assert.Equal(0, result.Exit);
        Assert.Contains("Skrev Verksamhetsberättelse 2023 – Enskede-Årsta-Vantörs stadsdelsnämnd till", result.Out);
        Assert.Contains("44 mål, 44 rapporterade", result.Out);
        using var document = WordprocessingDocument.Open(file, isEditable: false);
        DocxReportWriterTests.AssertValid(document);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("3.6.1 Stadsdelsområdet är tryggt, tillgängligt och välskött", text);
        Assert.Contains("1.3.3 Barnets perspektiv är synligt i utredningar och insatser", text);
    }

    [Fact]
    public async Task Export_docx_without_an_organisation_covers_every_plan_of_the_year()
    {
        var store = await SeededStore.Value;
        var file = Path.Combine(Directory.CreateTempSubdirectory("statusbot-export-").FullName, "alla.docx");

        var result = await CliRunner.RunAsync("export", "--format", "docx", "--period", "vb", "--year", "2023", "--output", file, "--store", store);

        Assert.Equal(0, result.Exit);
        using var document = WordprocessingDocument.Open(file, isEditable: false);
        DocxReportWriterTests.AssertValid(document);
        var organisations = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(2, organisations.Count);
        Assert.Contains("Enskede-Årsta-Vantörs stadsdelsnämnd", organisations);
        Assert.DoesNotContain(organisations, o => o.Contains("Hägersten", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_md_goes_to_standard_output()
    {
        var store = await SeededStore.Value;

        var result = await CliRunner.RunAsync("export", "--format", "md", "--period", "T1", "--year", "2024", "--store", store);

        Assert.Equal(0, result.Exit);
        Assert.StartsWith("# Tertialrapport 1 2024 – Hägersten-Älvsjö stadsdelsnämnd\n", result.Out);
        Assert.Contains("### 3.6 ", result.Out);
        Assert.Contains("**Prognos för helåret:** Ej rapporterad", result.Out);
    }

    [Fact]
    public async Task Export_md_to_a_file_writes_utf8_without_bom()
    {
        var store = await SeededStore.Value;
        var file = Path.Combine(Directory.CreateTempSubdirectory("statusbot-export-").FullName, "t2.md");

        var result = await CliRunner.RunAsync("export", "--format", "md", "--period", "T2", "--year", "2024", "--output", file, "--store", store);

        Assert.Equal(0, result.Exit);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.StartsWith("# Tertialrapport 2 2024 – Hägersten-Älvsjö stadsdelsnämnd", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData("docx", "--year", "2023", "--output", "x.docx")]
    [InlineData("md", "--period", "T2", "", "")]
    [InlineData("md", "--year", "2026", "", "")]
    public async Task Md_and_docx_without_period_or_year_are_a_usage_error_in_Swedish(string format, string option, string value, string extra, string extraValue)
    {
        var store = CliRunner.TempStore();
        string[] args = ["export", "--format", format, option, value, "--store", store, .. extra.Length > 0 ? new[] { extra, extraValue } : []];

        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.Exit);
        Assert.Contains("Ange både --period (T1, T2 eller VB) och --year", result.Err);
        Assert.False(File.Exists(store), "a usage error must not create a store");
    }

    [Fact]
    public async Task Docx_without_output_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("export", "--format", "docx", "--period", "T2", "--year", "2026", "--store", CliRunner.TempStore());

        Assert.Equal(2, result.Exit);
        Assert.Contains("Ange --output FIL för --format docx", result.Err);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task An_unknown_period_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("export", "--format", "md", "--period", "T4", "--year", "2026", "--store", CliRunner.TempStore());

        Assert.Equal(2, result.Exit);
        Assert.Contains("Okänd period: 'T4'", result.Err);
    }

    [Fact]
    public async Task Period_options_with_json_are_refused_rather_than_ignored()
    {
        var result = await CliRunner.RunAsync("export", "--format", "json", "--period", "T2", "--year", "2026", "--store", CliRunner.TempStore());

        Assert.Equal(2, result.Exit);
        Assert.Contains("gäller bara --format md och docx", result.Err);
    }

    [Fact]
    public async Task A_year_without_plans_names_what_the_store_has()
    {
        var store = await SeededStore.Value;

        var result = await CliRunner.RunAsync("export", "--format", "md", "--period", "VB", "--year", "2026", "--store", store);

        Assert.Equal(1, result.Exit);
        Assert.Contains("Det finns ingen plan för 2026", result.Err);
        Assert.Contains("Hägersten-Älvsjö stadsdelsnämnd 2024", result.Err);
    }

    [Fact]
    public async Task An_output_file_that_cannot_be_written_is_a_clear_error()
    {
        var store = await SeededStore.Value;

        var result = await CliRunner.RunAsync("export", "--format", "docx", "--period", "VB", "--year", "2023", "--output", "/finns/inte/f.docx", "--store", store);

        Assert.Equal(1, result.Exit);
        Assert.Contains("Mappen /finns/inte finns inte", result.Err);
    }
}
