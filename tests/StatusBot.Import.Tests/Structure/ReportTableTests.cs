using StatusBot.Domain.Plans;

namespace StatusBot.Import.Tests.Structure;

/// <summary>Report tables built by hand around one artefact at a time, so each rule is pinned on its own.</summary>
public class ReportTableTests
{
    private static readonly ImportOptions Options = new() { Organisation = "Farsta stadsdelsnämnd", Year = 2023, Document = DocumentKind.Verksamhetsberattelse };

    private const string Header = """
            Indikator Periodens 
        utfall 

        Utfall 
        män/ 
        pojkar 

        Utfall 
        kvinnor/ 
        flickor 

        Utfall VB 
        2022 Årsmål KF:s 

        årsmål Period 

        """;

    private static string Report(string table) => $"""
        KF:s inriktningsmål: 1. Ett Stockholm som håller samman med en 
        stark och jämlik välfärd i hela staden 

         Uppfylls helt 

        KF:s mål för verksamhetsområdet: 1.3 Stockholms stad ska ge stöd och 
        omsorg där behoven är som störst 

         Uppfylls delvis 

        Analys 

        Förvaltningen bedömer att målet uppfyllts delvis. 
        {Header}
        {table}
        Nämndmål: 1.3.1 Våldsutsatta får skydd och stöd 

         Uppfylls helt 

        """;

    private static Domain.Goals.Goal Vo(string table) => DocumentImporter.ImportText(Report(table), "mini.txt", Options).FindByNumber("1.3")!;

    [Fact]
    public void A_page_break_between_analys_and_its_text_keeps_the_text()
    {
        var vo = Vo("""
              Andel A 
            12 %    10 %  2023 

            Analys 

            Farsta stadsdelsnämnd, Verksamhetsberättelse 4(90) 

            Resultatet är bättre än målet 
            tack vare nya arbetssätt. 

              Andel B 
            8 %    10 %  2023 

            """);
        Assert.Equal(["Andel A", "Andel B"], vo.Indicators.Select(i => i.Name));
        Assert.Equal("Resultatet är bättre än målet tack vare nya arbetssätt.", vo.Indicators[0].Outcomes[0].Analysis);
    }

    [Fact]
    public void A_second_paragraph_of_an_analys_is_not_glued_onto_the_next_row()
    {
        var vo = Vo("""
            Andel A 
            12 %    10 %  2023 

            Analys 
            Första stycket. 

            Andra stycket fortsätter analysen 
            och slutar här. 

            Andel B som 
            har en lång rad 

            8 %    10 %  2023 

            """);
        Assert.Equal(["Andel A", "Andel B som har en lång rad"], vo.Indicators.Select(i => i.Name));
        Assert.Equal("Första stycket.\n\nAndra stycket fortsätter analysen och slutar här.", vo.Indicators[0].Outcomes[0].Analysis);
    }

    [Fact]
    public void A_note_under_a_row_is_its_analys_and_the_next_row_still_counts()
    {
        var vo = Vo("""
            Sjukfrånvaro 8 % 5 % 8,6 % 8,8 % 8 % Tas fram 
            av 
            nämnd/s
            tyrelse 

            VB 2023 

            Statistiken avser rullande 12 månader t.o.m. november 2023. 

             
            Andel B 8 %    10 %  2023 

            """);
        Assert.Equal(["Sjukfrånvaro", "Andel B"], vo.Indicators.Select(i => i.Name));
        Assert.Equal("Statistiken avser rullande 12 månader t.o.m. november 2023.", vo.Indicators[0].Outcomes[0].Analysis);
        Assert.Equal("Tas fram av nämnd/styrelse", vo.Indicators[0].KfTarget.Raw);
    }

    [Fact]
    public void A_row_that_cannot_be_read_is_reported()
    {
        var plan = DocumentImporter.ImportText(Report("""
              Andel A 
            tolv procent 2023 

            """), "mini.txt", Options);
        Assert.Empty(plan.FindByNumber("1.3")!.Indicators);
        Assert.Contains(plan.Warnings, w => w.Contains("kunde inte tolkas", StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_and_analyses_belong_to_the_goal_they_follow()
    {
        var plan = DocumentImporter.ImportText(Report("""
              Andel A 
            12 %    10 %  2023 

            """), "mini.txt", Options);
        Assert.Equal(Domain.Assessments.Bedomning.UppfyllsDelvis, plan.FindByNumber("1.3")!.LatestAssessment!.Bedomning);
        Assert.Equal("Förvaltningen bedömer att målet uppfyllts delvis.", plan.FindByNumber("1.3")!.LatestAssessment!.Analysis);
        Assert.Equal(Domain.Assessments.Bedomning.UppfyllsHelt, plan.FindByNumber("1.3.1")!.LatestAssessment!.Bedomning);
        Assert.Null(plan.FindByNumber("1.3.1")!.LatestAssessment!.Analysis);
    }
}
