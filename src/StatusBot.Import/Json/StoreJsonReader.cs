using System.Globalization;
using System.Text;
using System.Text.Json;
using StatusBot.Domain.Activities;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Import.Json;

/// <summary>
/// The export JSON → plans (docs/export-format.md). Refuses other formats and newer versions, reports
/// malformed JSON with its line, and names the path of any missing or wrong field. Unknown properties are
/// ignored, so files from a later build with additional fields of the same version still load.
/// </summary>
public static class StoreJsonReader
{
    public static IReadOnlyList<Plan> Read(Stream utf8)
    {
        using var buffer = new MemoryStream();
        utf8.CopyTo(buffer);
        return Parse(buffer.ToArray());
    }

    public static IReadOnlyList<Plan> Parse(string json) => Parse(Encoding.UTF8.GetBytes(json));

    public static IReadOnlyList<Plan> Parse(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw new StoreJsonException($"Filen är inte giltig JSON: fel på rad {line}, tecken {column}. ({e.Message})", line, inner: e);
        }
        using (document)
        {
            var root = JsonField.Object(document.RootElement, "$");
            CheckFormat(root);
            var plans = new List<Plan>();
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (element, path) in root.Array("plans", required: true))
            {
                var plan = ReadPlan(JsonField.Object(element, path));
                // Two copies of one plan would overwrite each other in the store; which one is meant is unknowable.
                if (!seen.TryAdd(plan.Id, path))
                    throw new StoreJsonException(
                        $"Filen innehåller samma plan två gånger ({plan.Organisation}, {plan.Document.DisplayName().ToLowerInvariant()} {plan.Year}): {seen[plan.Id]} och {path}. Ta bort den ena kopian och importera igen.",
                        path: path);
                plans.Add(plan);
            }
            return plans;
        }
    }

    private static void CheckFormat(JsonField root)
    {
        var format = root.Has("format") ? root.OptionalString("format") : null;
        if (format != StoreJsonContract.Format)
            throw new StoreJsonException(
                $"Filen är ingen StatusBot-export: \"format\" är {(format is null ? "inte angivet" : $"'{format}'")}, väntade '{StoreJsonContract.Format}'.",
                path: "$.format");
        var version = root.RequiredInt("version");
        if (version > StoreJsonContract.Version)
            throw new StoreJsonException(
                $"Exporten har version {version}, men den här versionen av StatusBot läser bara version {StoreJsonContract.Version}. Uppdatera StatusBot och försök igen.",
                path: "$.version");
        if (version < 1) throw JsonField.Error("$.version", $"version {version} finns inte");
    }

    private static Plan ReadPlan(JsonField p)
    {
        var documentToken = p.RequiredString("document");
        DocumentKind document;
        try { document = DocumentKinds.Parse(documentToken); }
        catch (FormatException) { throw JsonField.Error(p.At("document"), $"okänd dokumenttyp '{documentToken}', väntade 'verksamhetsplan' eller 'verksamhetsberattelse'"); }

        var organisation = p.RequiredString("organisation");
        if (string.IsNullOrWhiteSpace(organisation)) throw JsonField.Error(p.At("organisation"), "organisationen är tom");
        var year = p.RequiredInt("year");
        if (year is < 2000 or > 2100) throw JsonField.Error(p.At("year"), $"orimligt år {year}");

        var plan = new Plan(organisation, year, document)
        {
            ParentOrganisation = p.OptionalString("parentOrganisation"),
            Source = p.OptionalString("source"),
        };
        if (p.OptionalString("id") is { } id && id != plan.Id)
            throw JsonField.Error(p.At("id"), $"'{id}' stämmer inte med organisation, år och dokument (väntade '{plan.Id}')");
        plan.Warnings.AddRange(p.Strings("warnings"));
        foreach (var (element, path) in p.Array("importGaps"))
        {
            var gap = JsonField.Object(element, path);
            plan.ImportGaps.Add(new ImportGap(gap.RequiredInt("line"), gap.OptionalString("text") ?? "", gap.OptionalString("reason") ?? ""));
        }

        var goals = p.Array("goals", required: true).Select(g => (Field: JsonField.Object(g.Element, g.Path), Goal: ReadGoal(plan, JsonField.Object(g.Element, g.Path)))).ToList();
        plan.Goals.AddRange(goals.Select(g => g.Goal));
        // A hand-written file may name the parent by number only; resolve it once every goal is known.
        foreach (var (field, goal) in goals)
        {
            if (goal.ParentId is not null || field.OptionalString("parent") is not { } parentNumber) continue;
            goal.ParentId = plan.Goals.FirstOrDefault(g => g.Level < goal.Level && g.Number is not null && GoalNumber.Equal(g.Number, parentNumber))?.Id
                ?? throw JsonField.Error(field.At("parent"), $"det finns inget mål med nummer '{parentNumber}' i planen");
        }
        return plan;
    }

    private static Goal ReadGoal(Plan plan, JsonField g)
    {
        var levelToken = g.RequiredString("level");
        GoalLevel level;
        try { level = GoalLevels.Parse(levelToken); }
        catch (FormatException) { throw JsonField.Error(g.At("level"), $"okänd målnivå '{levelToken}'"); }

        var goal = new Goal(g.RequiredString("id"), level, g.RequiredString("title"))
        {
            Number = g.OptionalString("number"),
            PrintedNumber = g.OptionalString("printedNumber"),
            NumberIsDerived = g.Bool("numberIsDerived"),
            ParentId = g.OptionalString("parentId"),
            Description = g.OptionalString("description"),
        };
        goal.ExpectedResults.AddRange(g.Strings("expectedResults"));
        foreach (var (heading, text) in g.StringMap("sections")) goal.Sections[heading] = text;
        foreach (var (element, path) in g.Array("indicators"))
            goal.Indicators.Add(ReadIndicator(goal, JsonField.Object(element, path)));
        foreach (var (element, path) in g.Array("activities"))
            goal.Activities.Add(ReadActivity(goal, JsonField.Object(element, path)));

        if (g.Has("assessments"))
        {
            foreach (var (element, path) in g.Array("assessments"))
            {
                var a = JsonField.Object(element, path);
                goal.Assessments.Add(new Assessment(Period(a, "period"), Label(a, "label"))
                {
                    Analysis = a.OptionalString("analysis"),
                    AssessedAt = a.OptionalTimestamp("assessedAt"),
                    AssessedBy = a.OptionalString("assessedBy"),
                });
            }
        }
        else if (g.Has("assessment"))
        {
            // A minimal file gives only the latest label: it is taken as the bedömning for the plan's year.
            goal.Assessments.Add(new Assessment(new ReportingPeriod(plan.Year, PeriodKind.VB), Label(g, "assessment"))
            {
                Analysis = g.OptionalString("analysis"),
            });
        }
        return goal;
    }

    private static Indicator ReadIndicator(Goal goal, JsonField i)
    {
        var id = i.OptionalString("id") ?? StableId.ForIndicator(goal.Id, goal.Indicators.Count + 1);
        var indicator = new Indicator(id, i.RequiredString("name"))
        {
            Unit = i.OptionalString("unit"),
            Target = Target(i, "target"),
            KfTarget = Target(i, "kfTarget"),
            SplitByGender = i.Bool("splitByGender"),
        };
        if (i.OptionalString("periodicity") is { } periodicity)
        {
            try { indicator.Periodicity = Periodicities.Parse(periodicity); }
            catch (FormatException) { throw JsonField.Error(i.At("periodicity"), $"okänd periodicitet '{periodicity}', väntade 'År' eller 'Tertial'"); }
        }
        if (i.OptionalString("direction") is { } direction)
            indicator.Direction = StoreJsonContract.TryParseDirection(direction, out var d) ? d
                : throw JsonField.Error(i.At("direction"), $"okänd riktning '{direction}'");
        foreach (var (element, path) in i.Array("outcomes"))
        {
            var o = JsonField.Object(element, path);
            indicator.Outcomes.Add(new IndicatorOutcome(Period(o, "period"), Measure(o, "total"))
            {
                Men = Measure(o, "men"),
                Women = Measure(o, "women"),
                PreviousYear = Measure(o, "previousYear"),
                Analysis = o.OptionalString("analysis"),
            });
        }
        return indicator;
    }

    private static Activity ReadActivity(Goal goal, JsonField a)
    {
        var id = a.OptionalString("id") ?? StableId.ForActivity(goal.Id, goal.Activities.Count + 1);
        var start = a.OptionalDate("start");
        var end = a.OptionalDate("end");
        if (start > end) throw JsonField.Error(a.At("end"), $"slutdatum {end:yyyy-MM-dd} ligger före startdatum {start:yyyy-MM-dd}");
        return new Activity(id, a.RequiredString("title"))
        {
            Start = start,
            End = end,
            Deviation = a.Bool("deviation"),
            Analysis = a.OptionalString("analysis"),
            IsCouncilAssignment = a.Bool("councilAssignment"),
        };
    }

    /// <summary>The raw text is the truth; "…Parsed" (when present) keeps its meaning without re-parsing.</summary>
    private static TargetValue Target(JsonField i, string name)
    {
        var raw = i.OptionalString(name);
        if (raw is null) return TargetValue.Empty;
        if (i.OptionalObject(name + "Parsed") is not { } parsed) return TargetValue.Parse(raw);
        var kindToken = parsed.RequiredString("kind");
        if (!StoreJsonContract.TryParseTargetKind(kindToken, out var kind))
            throw JsonField.Error(parsed.At("kind"), $"okänd måltyp '{kindToken}'");
        Direction? direction = null;
        if (parsed.OptionalString("direction") is { } token)
            direction = StoreJsonContract.TryParseDirection(token, out var d) ? d : throw JsonField.Error(parsed.At("direction"), $"okänd riktning '{token}'");
        return new TargetValue(kind, raw) { Value = parsed.OptionalDecimal("value"), Unit = parsed.OptionalString("unit"), Direction = direction };
    }

    private static Measurement? Measure(JsonField o, string name) =>
        o.OptionalString(name) is { } raw ? Measurement.Parse(raw) : null;

    private static ReportingPeriod Period(JsonField f, string name)
    {
        var text = f.RequiredString(name);
        return ReportingPeriod.TryParse(text, out var period) ? period
            : throw JsonField.Error(f.At(name), $"okänd period '{text}', skriv t.ex. \"VB 2023\" eller \"T2 2024\"");
    }

    private static Bedomning Label(JsonField f, string name)
    {
        var text = f.RequiredString(name);
        return Bedomningar.TryParse(text, out var bedomning) ? bedomning
            : throw JsonField.Error(f.At(name), $"okänd bedömning '{text}', väntade 'Uppfylls helt', 'Uppfylls delvis' eller 'Uppfylls inte'");
    }
}
