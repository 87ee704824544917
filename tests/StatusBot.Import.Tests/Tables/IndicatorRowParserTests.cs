using StatusBot.Import.Tables;

namespace StatusBot.Import.Tests.Tables;

/// <summary>Rows from DOMAIN §3 and §8.7, parsed from the right with the value grammar.</summary>
public class IndicatorRowParserTests
{
    [Theory]
    [InlineData("Andel barn som lever i familjer som har ekonomiskt bistånd 2 % 2,7 % Tertial", "Andel barn som lever i familjer som har ekonomiskt bistånd", "2 %", "2,7 %", "Tertial")]
    [InlineData("Preventionsindex ANDTS 70  År", "Preventionsindex ANDTS", "70", "", "År")]
    [InlineData("Andel nöjda omsorgstagare  Fastställs 2024 År", "Andel nöjda omsorgstagare", "", "Fastställs 2024", "År")]
    [InlineData("Inskrivningsgrad i förskola 96,5  % Tas fram av nämnd År", "Inskrivningsgrad i förskola", "96,5 %", "Tas fram av nämnd", "År")]
    [InlineData("Köpt energi i stadens organisation 3,12 GWh 1 735 GWh År", "Köpt energi i stadens organisation", "3,12 GWh", "1 735 GWh", "År")]
    [InlineData("Klimatpåverkan från upphandlade livsmedel och måltider 1,4 kg CO2 per kg livsmedel 1,6 kg CO2 per kg livsmedel År", "Klimatpåverkan från upphandlade livsmedel och måltider", "1,4 kg CO2 per kg livsmedel", "1,6 kg CO2 per kg livsmedel", "År")]
    [InlineData("Nämndens prognossäkerhet T2 +/-1 % +/- 1 % År", "Nämndens prognossäkerhet T2", "+/-1 %", "+/- 1 %", "År")]
    [InlineData("Antal personal en hemtjänsttagare möter 10 Max 10 personer År", "Antal personal en hemtjänsttagare möter", "10", "Max 10 personer", "År")]
    [InlineData("Antal tillhandahållna platser för feriejobb 1 000 st Tas fram av nämnd/ styrelse Tertial", "Antal tillhandahållna platser för feriejobb", "1 000 st", "Tas fram av nämnd/styrelse", "Tertial")]
    [InlineData("Sjukfrånvaro dag 1-14 3,5 % Tas fram av nämnd/styrelse Tertial", "Sjukfrånvaro dag 1-14", "3,5 %", "Tas fram av nämnd/styrelse", "Tertial")]
    [InlineData("Andel legitimerade förskollärare 36 % Ökning Tertial", "Andel legitimerade förskollärare", "36 %", "Ökning", "Tertial")]
    [InlineData("Andel elever i årskurs 9 85 % 80 % År", "Andel elever i årskurs 9", "85 %", "80 %", "År")]
    public void Plan_rows(string row, string name, string target, string kf, string periodicity)
    {
        var parsed = IndicatorRowParser.ParsePlan(row);
        Assert.NotNull(parsed);
        Assert.Equal(new PlanIndicatorRow(name, target, kf, periodicity), parsed);
    }

    [Theory]
    [InlineData("Informationstillfällen mellan socialtjänst och förskola 27   37 20 st  2023", "27|||37|20 st||2023")]
    [InlineData("Antal ungdomar som fått feriejobb i stadens regi 1 300 st 666 st 634 st 1 017 st 1 300 st 11 000 VB 2023", "1 300 st|666 st|634 st|1 017 st|1 300 st|11 000|VB 2023")]
    [InlineData("Andel personer (våld i nära relation) 100 % 100 100  80 % Tas fram av nämnd 2023", "100 %|100|100||80 %|Tas fram av nämnd|2023")]
    [InlineData("Andel brukare 83 % 81  % 86  % 86 % 90 % öka 2023", "83 %|81 %|86 %|86 %|90 %|öka|2023")]
    [InlineData("Förskollärartäthet 15,7 st    15,5 st 15,5 VB 2023", "15,7 st||||15,5 st|15,5|VB 2023")]
    [InlineData("Antal barn per grupp 15,7 barn/avd.   16,5 barn/avd. 15 15 VB 2023", "15,7 barn/avd.|||16,5 barn/avd.|15|15|VB 2023")]
    [InlineData("Antal tillhandahållna platser för feriejobb 1 042   864 1 030 st Tas fram av nämnd/styrelse VB 2023", "1 042|||864|1 030 st|Tas fram av nämnd/styrelse|VB 2023")]
    [InlineData("Köpt energi i stadens verksamheter 2,5 GWh   2,6 GWh 2,8 GWh 1945 GWh 2023", "2,5 GWh|||2,6 GWh|2,8 GWh|1945 GWh|2023")]
    [InlineData("Andel barn och ungdomar som deltar i kulturaktiviteter 56 56 % 55 %  77 % 77% 2023", "56|56 %|55 %||77 %|77%|2023")]
    public void Report_rows(string row, string expected)
    {
        var parsed = IndicatorRowParser.ParseReport(row);
        Assert.NotNull(parsed);
        Assert.Equal(expected, string.Join('|', parsed.Total, parsed.Men, parsed.Women, parsed.PreviousYear, parsed.Target, parsed.KfTarget, parsed.Period));
        Assert.DoesNotMatch(@"\d$", parsed.Name);
    }

    [Theory]
    [InlineData("Andel barn och ungdomar som är nöjda med tillgången till")]
    [InlineData("Tas fram av nämnd År")]
    [InlineData("Statistiken gällande sjukfrånvaron utgörs av rullande 12 månader t.o.m. november 2023")]
    public void Incomplete_rows_and_prose_do_not_parse(string text)
    {
        Assert.Null(IndicatorRowParser.ParsePlan(text));
        Assert.Null(IndicatorRowParser.ParseReport(text));
    }

    [Fact]
    public void Row_ends()
    {
        Assert.True(IndicatorRowParser.EndsPlanRow("24 % 24 % Tertial "));
        Assert.True(IndicatorRowParser.EndsPlanRow("År"));
        Assert.False(IndicatorRowParser.EndsPlanRow("barn under 1 år"));
        Assert.True(IndicatorRowParser.EndsReportRow("VB 2023 "));
        Assert.True(IndicatorRowParser.EndsReportRow("87 % 88 % 87 % 88 % 90 % 90 % 2023"));
        Assert.False(IndicatorRowParser.EndsReportRow("t.o.m. november 2023."));
    }
}
