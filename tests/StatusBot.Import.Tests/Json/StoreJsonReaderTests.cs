using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Periods;
using StatusBot.Import.Json;

namespace StatusBot.Import.Tests.Json;

public sealed class StoreJsonReaderTests
{
    private const string Header = "\"format\": \"statusbot-export\", \"version\": 1";

    [Fact]
    public void Malformed_json_is_reported_with_its_line()
    {
        const string json = "{\n  \"format\": \"statusbot-export\",\n  \"version\": 1\n  \"plans\": []\n}\n";

        var error = Assert.Throws<StoreJsonException>(() => StoreJsonReader.Parse(json));

        Assert.Equal(4, error.Line);
        Assert.StartsWith("Filen är inte giltig JSON: fel på rad 4", error.Message);
    }

    [Theory]
    [InlineData("{ \"format\": \"annat-program\", \"version\": 1, \"plans\": [] }", "'annat-program'")]
    [InlineData("{ \"version\": 1, \"plans\": [] }", "inte angivet")]
    [InlineData("{ \"format\": 7, \"version\": 1, \"plans\": [] }", "väntade en text")]
    public void Another_format_is_refused(string json, string detail)
    {
        var error = Assert.Throws<StoreJsonException>(() => StoreJsonReader.Parse(json));
        Assert.Contains(detail, error.Message);
    }

    [Fact]
    public void A_newer_version_is_refused_with_advice()
    {
        var error = Assert.Throws<StoreJsonException>(() =>
            StoreJsonReader.Parse("{ \"format\": \"statusbot-export\", \"version\": 2, \"plans\": [] }"));

        Assert.Equal("Exporten har version 2, men den här versionen av StatusBot läser bara version 1. Uppdatera StatusBot och försök igen.", error.Message);
        Assert.Equal("$.version", error.Path);
    }

    [Theory]
    [InlineData("{ \"organisation\": \"Farsta\", \"document\": \"verksamhetsplan\", \"goals\": [] }", "$.plans[0].year", "fältet saknas")]
    [InlineData("{ \"organisation\": \"Farsta\", \"year\": \"2024\", \"document\": \"verksamhetsplan\", \"goals\": [] }", "$.plans[0].year", "väntade ett heltal")]
    [InlineData("{ \"organisation\": \"Farsta\", \"year\": 2024, \"document\": \"budget\", \"goals\": [] }", "$.plans[0].document", "okänd dokumenttyp 'budget'")]
    [InlineData("{ \"id\": \"fel\", \"organisation\": \"Farsta\", \"year\": 2024, \"document\": \"vp\", \"goals\": [] }", "$.plans[0].id", "väntade 'farsta/2024/verksamhetsplan'")]
    [InlineData("{ \"organisation\": \"Farsta\", \"year\": 2024, \"document\": \"vp\", \"goals\": [ { \"id\": \"g\", \"level\": \"namndmal\" } ] }", "$.plans[0].goals[0].title", "fältet saknas")]
    [InlineData("{ \"organisation\": \"Farsta\", \"year\": 2024, \"document\": \"vp\", \"goals\": [ { \"id\": \"g\", \"level\": \"delmål\", \"title\": \"T\" } ] }", "$.plans[0].goals[0].level", "okänd målnivå 'delmål'")]
    [InlineData("{ \"organisation\": \"Farsta\", \"year\": 2024, \"document\": \"vp\", \"goals\": [ { \"id\": \"g\", \"level\": \"namndmal\", \"title\": \"T\", \"activities\": [ { \"title\": \"A\", \"start\": \"1/3 2024\" } ] } ] }", "$.plans[0].goals[0].activities[0].start", "inget datum")]
    [InlineData("{ \"organisation\": \"Farsta\", \"year\": 2024, \"document\": \"vp\", \"goals\": [ { \"id\": \"g\", \"level\": \"namndmal\", \"title\": \"T\", \"assessments\": [ { \"period\": \"helår 2024\", \"label\": \"Uppfylls helt\" } ] } ] }", "$.plans[0].goals[0].assessments[0].period", "okänd period 'helår 2024'")]
    [InlineData("{ \"organisation\": \"Farsta\", \"year\": 2024, \"document\": \"vp\", \"goals\": [ { \"id\": \"g\", \"level\": \"namndmal\", \"title\": \"T\", \"assessment\": \"Bra\" } ] }", "$.plans[0].goals[0].assessment", "okänd bedömning 'Bra'")]
    [InlineData("{ \"organisation\": \"Farsta\", \"year\": 2024, \"document\": \"vp\", \"goals\": [ { \"id\": \"g\", \"level\": \"namndmal\", \"title\": \"T\", \"parent\": \"9.9\" } ] }", "$.plans[0].goals[0].parent", "inget mål med nummer '9.9'")]
    public void A_missing_or_wrong_field_is_named_by_its_path(string plan, string path, string problem)
    {
        var error = Assert.Throws<StoreJsonException>(() => StoreJsonReader.Parse($"{{ {Header}, \"plans\": [ {plan} ] }}"));

        Assert.Equal(path, error.Path);
        Assert.Contains(problem, error.Message);
        Assert.StartsWith(path + ": ", error.Message);
    }

    [Fact]
    public void A_minimal_hand_written_file_with_only_the_issue_fields_is_read()
    {
        const string json = """
            {
              "format": "statusbot-export",
              "version": 1,
              "plans": [
                {
                  "organisation": "Farsta stadsdelsnämnd",
                  "year": 2024,
                  "document": "verksamhetsberattelse",
                  "goals": [
                    { "id": "farsta/2024/vb/3.6", "level": "verksamhetsomradesmal", "number": "3.6", "title": "Tryggheten ska öka", "parent": null },
                    {
                      "id": "farsta/2024/vb/3.6.1", "level": "namndmal", "number": "3.6.1", "title": "Tryggt och välskött", "parent": "3.6",
                      "indicators": [
                        { "name": "Andel trygga", "target": "79 %", "kfTarget": "Ökning", "periodicity": "Tertial",
                          "outcomes": [ { "period": "VB 2024", "total": "78 %", "men": "80 %", "women": "76 %" } ] }
                      ],
                      "activities": [ { "title": "Trygghetsvandringar", "start": "2024-03-01", "end": "2024-10-31", "deviation": true } ],
                      "assessment": "Uppfylls delvis",
                      "analysis": "Kvinnor känner sig mindre trygga.",
                      "somethingNew": { "ignored": true }
                    }
                  ]
                }
              ]
            }
            """;

        var plan = Assert.Single(StoreJsonReader.Parse(json));

        var goal = plan.FindByNumber("3.6.1")!;
        Assert.Equal("farsta/2024/vb/3.6", goal.ParentId);
        var indicator = Assert.Single(goal.Indicators);
        Assert.Equal("farsta/2024/vb/3.6.1/i1", indicator.Id);
        Assert.Equal((TargetKind.Number, 79m, "%"), (indicator.Target.Kind, indicator.Target.Value!.Value, indicator.Target.Unit));
        Assert.Equal(Direction.Higher, indicator.KfTarget.Direction);
        Assert.Equal(Periodicity.Tertial, indicator.Periodicity);
        var outcome = indicator.OutcomeFor(new ReportingPeriod(2024, PeriodKind.VB))!;
        Assert.Equal((78m, 80m, 76m), (outcome.Total!.Value!.Value, outcome.Men!.Value!.Value, outcome.Women!.Value!.Value));
        var activity = Assert.Single(goal.Activities);
        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2024, 10, 31), true), (activity.Start!.Value, activity.End!.Value, activity.Deviation));
        Assert.Equal(new Assessment(new ReportingPeriod(2024, PeriodKind.VB), Bedomning.UppfyllsDelvis) { Analysis = "Kvinnor känner sig mindre trygga." },
            goal.LatestAssessment);
        Assert.Equal(GoalLevel.Verksamhetsomradesmal, plan.ParentOf(goal)!.Level);
    }
}
