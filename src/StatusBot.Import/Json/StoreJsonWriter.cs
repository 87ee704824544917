using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatusBot.Domain.Activities;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;

namespace StatusBot.Import.Json;

/// <summary>
/// Plans → the export JSON (docs/export-format.md): indented, properties always in the same order, every
/// property always present (null when empty), UTF-8 with Swedish letters unescaped.
/// </summary>
public static class StoreJsonWriter
{
    // Relaxed escaping keeps "å ä ö" readable. The file is data, never embedded in HTML, so that is safe.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream utf8, IEnumerable<Plan> plans)
    {
        using var writer = new Utf8JsonWriter(utf8, Options);
        writer.WriteStartObject();
        writer.WriteString("format", StoreJsonContract.Format);
        writer.WriteNumber("version", StoreJsonContract.Version);
        writer.WriteStartArray("plans");
        foreach (var plan in plans) WritePlan(writer, plan);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        utf8.Write("\n"u8);
    }

    public static string ToJson(IEnumerable<Plan> plans)
    {
        using var buffer = new MemoryStream();
        Write(buffer, plans);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WritePlan(Utf8JsonWriter w, Plan plan)
    {
        w.WriteStartObject();
        w.WriteString("id", plan.Id);
        w.WriteString("organisation", plan.Organisation);
        w.WriteString("parentOrganisation", plan.ParentOrganisation);
        w.WriteNumber("year", plan.Year);
        w.WriteString("document", plan.Document.Token());
        w.WriteString("source", plan.Source);
        WriteStrings(w, "warnings", plan.Warnings);
        // Written only when there are any, so exports of fully read plans keep their form.
        if (plan.ImportGaps.Count > 0)
        {
            w.WriteStartArray("importGaps");
            foreach (var gap in plan.ImportGaps)
            {
                w.WriteStartObject();
                w.WriteNumber("line", gap.LineNumber);
                w.WriteString("text", gap.Text);
                w.WriteString("reason", gap.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteStartArray("goals");
        var byId = plan.Goals.GroupBy(g => g.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var goal in plan.Goals)
            WriteGoal(w, goal, goal.ParentId is { } parentId && byId.TryGetValue(parentId, out var parent) ? parent : null);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteGoal(Utf8JsonWriter w, Goal goal, Goal? parent)
    {
        w.WriteStartObject();
        w.WriteString("id", goal.Id);
        w.WriteString("level", goal.Level.Token());
        w.WriteString("number", goal.Number);
        w.WriteString("printedNumber", goal.PrintedNumber);
        w.WriteBoolean("numberIsDerived", goal.NumberIsDerived);
        w.WriteString("title", goal.Title);
        w.WriteString("parent", parent?.Number);
        w.WriteString("parentId", goal.ParentId);
        w.WriteString("description", goal.Description);
        WriteStrings(w, "expectedResults", goal.ExpectedResults);
        w.WriteStartObject("sections");
        foreach (var (heading, text) in goal.Sections) w.WriteString(heading, text);
        w.WriteEndObject();

        w.WriteStartArray("indicators");
        foreach (var indicator in goal.Indicators) WriteIndicator(w, indicator);
        w.WriteEndArray();

        w.WriteStartArray("activities");
        foreach (var activity in goal.Activities) WriteActivity(w, activity);
        w.WriteEndArray();

        var latest = goal.LatestAssessment;
        w.WriteString("assessment", latest?.Bedomning.Label());
        w.WriteString("analysis", latest?.Analysis);
        w.WriteStartArray("assessments");
        foreach (var assessment in goal.Assessments)
        {
            w.WriteStartObject();
            w.WriteString("period", assessment.Period.ToString());
            w.WriteString("label", assessment.Bedomning.Label());
            w.WriteString("analysis", assessment.Analysis);
            w.WriteString("assessedAt", assessment.AssessedAt?.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
            w.WriteString("assessedBy", assessment.AssessedBy);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter w, Indicator indicator)
    {
        w.WriteStartObject();
        w.WriteString("id", indicator.Id);
        w.WriteString("name", indicator.Name);
        w.WriteString("unit", indicator.Unit);
        WriteTarget(w, "target", indicator.Target);
        WriteTarget(w, "kfTarget", indicator.KfTarget);
        w.WriteString("periodicity", indicator.Periodicity.Token());
        w.WriteString("direction", StoreJsonContract.DirectionToken(indicator.Direction));
        w.WriteBoolean("splitByGender", indicator.SplitByGender);
        w.WriteStartArray("outcomes");
        foreach (var outcome in indicator.Outcomes)
        {
            w.WriteStartObject();
            w.WriteString("period", outcome.Period.ToString());
            w.WriteString("total", outcome.Total?.Raw);
            w.WriteString("men", outcome.Men?.Raw);
            w.WriteString("women", outcome.Women?.Raw);
            w.WriteString("previousYear", outcome.PreviousYear?.Raw);
            w.WriteString("analysis", outcome.Analysis);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>"target": the raw cell text; "targetParsed": what it means, so a reader needs no parser.</summary>
    private static void WriteTarget(Utf8JsonWriter w, string name, TargetValue target)
    {
        if (target.Kind == TargetKind.Empty)
        {
            w.WriteNull(name);
            w.WriteNull(name + "Parsed");
            return;
        }
        w.WriteString(name, target.Raw);
        w.WriteStartObject(name + "Parsed");
        w.WriteString("kind", StoreJsonContract.TargetKindToken(target.Kind));
        if (target.Value is { } value) w.WriteNumber("value", value);
        else w.WriteNull("value");
        w.WriteString("unit", target.Unit);
        w.WriteString("direction", target.Direction is { } d ? StoreJsonContract.DirectionToken(d) : null);
        w.WriteEndObject();
    }

    private static void WriteActivity(Utf8JsonWriter w, Activity activity)
    {
        w.WriteStartObject();
        w.WriteString("id", activity.Id);
        w.WriteString("title", activity.Title);
        w.WriteString("start", activity.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("end", activity.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteBoolean("deviation", activity.Deviation);
        w.WriteString("analysis", activity.Analysis);
        w.WriteBoolean("councilAssignment", activity.IsCouncilAssignment);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items) w.WriteStringValue(item);
        w.WriteEndArray();
    }
}
