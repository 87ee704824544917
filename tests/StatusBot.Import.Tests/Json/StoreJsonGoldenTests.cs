using System.Text.Json;
using StatusBot.Import.Json;
using StatusBot.Testing.Plans;

namespace StatusBot.Import.Tests.Json;

/// <summary>The export contract, byte for byte, for a small plan: names, order, nulls and value forms.</summary>
public sealed class StoreJsonGoldenTests
{
    [Fact]
    public void Small_plan_is_written_exactly_as_the_contract_says()
    {
        Assert.Equal(Golden, StoreJsonWriter.ToJson([SamplePlans.Small()]));
    }

    [Fact]
    public void The_example_in_the_format_documentation_is_what_the_writer_writes()
    {
        var doc = File.ReadAllText(Path.Combine(StatusBot.Testing.RepoPaths.Root, "docs", "export-format.md"));
        var start = doc.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var end = doc.IndexOf("```", start, StringComparison.Ordinal);

        Assert.Equal(Golden, doc[start..end]);
    }

    [Fact]
    public void Every_target_kind_has_its_token_and_parsed_parts()
    {
        using var doc = JsonDocument.Parse(StoreJsonWriter.ToJson([SamplePlans.Namnd()]));
        var indicators = doc.RootElement.GetProperty("plans")[0].GetProperty("goals").EnumerateArray()
            .Single(g => g.GetProperty("number").GetString() == "1.2").GetProperty("indicators").EnumerateArray().ToList();

        string Describe(JsonElement i, string name) => i.GetProperty(name + "Parsed") is { ValueKind: JsonValueKind.Object } p
            ? $"{i.GetProperty(name).GetString()}|{p.GetProperty("kind").GetString()}|{p.GetProperty("value")}|{p.GetProperty("unit")}|{p.GetProperty("direction")}"
            : $"{i.GetProperty(name).ValueKind}|{i.GetProperty(name + "Parsed").ValueKind}";

        Assert.Equal(
            ["36 %|number|36|%|", "4,9|number|4.9||", "+/-1 %|band|1|%|", "Max 10 personer|max|10|personer|", "3,12 GWh|number|3.12|GWh|", "Null|Null"],
            indicators.Select(i => Describe(i, "target")));
        Assert.Equal(
            ["Ökning|direction|||higher", "4,9|number|4.9||", "Tas fram av nämnd/styrelse|text|||", "Fastställs 2024|text|||", "1 735 GWh|number|1735|GWh|", "Minskning|direction|||lower"],
            indicators.Select(i => Describe(i, "kfTarget")));
    }

    [Fact]
    public void Latest_assessment_and_its_analysis_are_repeated_on_the_goal()
    {
        using var doc = JsonDocument.Parse(StoreJsonWriter.ToJson([SamplePlans.Namnd()]));
        var vo12 = doc.RootElement.GetProperty("plans")[0].GetProperty("goals").EnumerateArray()
            .Single(g => g.GetProperty("number").GetString() == "1.2");

        Assert.Equal("Uppfylls inte", vo12.GetProperty("assessment").GetString());
        Assert.Equal("Målet nås inte; se indikatorerna.", vo12.GetProperty("analysis").GetString());
        Assert.Equal("2025-01-20T14:30:05+01:00", vo12.GetProperty("assessments")[1].GetProperty("assessedAt").GetString());
        // An enhetsmål has no number of its own; its "parent" is the nämndmål's number.
        var enhetsmal = doc.RootElement.GetProperty("plans")[0].GetProperty("goals").EnumerateArray()
            .Single(g => g.GetProperty("level").GetString() == "enhetsmal");
        Assert.Equal(JsonValueKind.Null, enhetsmal.GetProperty("number").ValueKind);
        Assert.Equal("1.2.2", enhetsmal.GetProperty("parent").GetString());
        Assert.Equal("Vi arbetar med individuella planer.", enhetsmal.GetProperty("sections").GetProperty("Arbetssätt").GetString());
    }

    private const string Golden = """
        {
          "format": "statusbot-export",
          "version": 1,
          "plans": [
            {
              "id": "enskede-arsta-vantors-stadsdelsnamnd/2023/verksamhetsberattelse",
              "organisation": "Enskede-Årsta-Vantörs stadsdelsnämnd",
              "parentOrganisation": null,
              "year": 2023,
              "document": "verksamhetsberattelse",
              "source": null,
              "warnings": [],
              "goals": [
                {
                  "id": "enskede-arsta-vantors-stadsdelsnamnd/2023/verksamhetsberattelse/3.6",
                  "level": "verksamhetsomradesmal",
                  "number": "3.6",
                  "printedNumber": null,
                  "numberIsDerived": false,
                  "title": "Tryggheten ska öka genom förebyggande insatser",
                  "parent": null,
                  "parentId": null,
                  "description": null,
                  "expectedResults": [],
                  "sections": {},
                  "indicators": [],
                  "activities": [],
                  "assessment": null,
                  "analysis": null,
                  "assessments": []
                },
                {
                  "id": "enskede-arsta-vantors-stadsdelsnamnd/2023/verksamhetsberattelse/3.6.1",
                  "level": "namndmal",
                  "number": "3.6.1",
                  "printedNumber": "3.6.1",
                  "numberIsDerived": false,
                  "title": "Stadsdelsområdet är tryggt, tillgängligt och välskött",
                  "parent": "3.6",
                  "parentId": "enskede-arsta-vantors-stadsdelsnamnd/2023/verksamhetsberattelse/3.6",
                  "description": null,
                  "expectedResults": [],
                  "sections": {},
                  "indicators": [
                    {
                      "id": "enskede-arsta-vantors-stadsdelsnamnd/2023/verksamhetsberattelse/3.6.1/i1",
                      "name": "Sjukfrånvaro",
                      "unit": "%",
                      "target": "8 %",
                      "targetParsed": {
                        "kind": "number",
                        "value": 8,
                        "unit": "%",
                        "direction": null
                      },
                      "kfTarget": "Tas fram av nämnd/styrelse",
                      "kfTargetParsed": {
                        "kind": "text",
                        "value": null,
                        "unit": null,
                        "direction": null
                      },
                      "periodicity": "Tertial",
                      "direction": "lower",
                      "splitByGender": true,
                      "outcomes": [
                        {
                          "period": "VB 2023",
                          "total": "8 %",
                          "men": "5 %",
                          "women": "8,6 %",
                          "previousYear": "8,8 %",
                          "analysis": "Rullande tolv månader till november."
                        }
                      ]
                    }
                  ],
                  "activities": [
                    {
                      "id": "enskede-arsta-vantors-stadsdelsnamnd/2023/verksamhetsberattelse/3.6.1/a1",
                      "title": "Trygghetsvandringar",
                      "start": "2023-01-01",
                      "end": "2023-12-31",
                      "deviation": true,
                      "analysis": "Två vandringar ställdes in.",
                      "councilAssignment": false
                    }
                  ],
                  "assessment": "Uppfylls helt",
                  "analysis": "Målet uppfylls helt.",
                  "assessments": [
                    {
                      "period": "VB 2023",
                      "label": "Uppfylls helt",
                      "analysis": "Målet uppfylls helt.",
                      "assessedAt": null,
                      "assessedBy": null
                    }
                  ]
                }
              ]
            }
          ]
        }
        """ + "\n";
}
