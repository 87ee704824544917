using System.Text;
using System.Text.RegularExpressions;

namespace StatusBot.Application.Responsibilities;

/// <summary>One data line of a responsibilities CSV, as written (validation happens in <see cref="ResponsibilityImport"/>).</summary>
public sealed record ResponsibilityCsvLine(int LineNumber, string Organisation, string Year, string Goal, string Upn, string Role);

/// <summary>
/// Reads the responsibilities CSV: a header naming the columns organisation, year, goal, upn and role (Swedish
/// names nämnd/organisation, år, mål, e-post, roll also work; any order), separated by ';' or ',' (whichever the
/// header uses), UTF-8 with or without BOM. Fields may be quoted with '"', which a ','-separated file needs for goal
/// numbers typed "3,6,1".
/// </summary>
public static partial class ResponsibilityCsv
{
    private static readonly Dictionary<string, string> ColumnNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["organisation"] = "organisation", ["organization"] = "organisation", ["nämnd"] = "organisation", ["enhet"] = "organisation",
        ["year"] = "year", ["år"] = "year",
        ["goal"] = "goal", ["mål"] = "goal", ["målnummer"] = "goal",
        ["upn"] = "upn", ["e-post"] = "upn", ["epost"] = "upn", ["email"] = "upn", ["e-mail"] = "upn",
        ["role"] = "role", ["roll"] = "role",
    };

    private static readonly string[] Required = ["organisation", "year", "goal", "upn", "role"];

    /// <summary>True when the text's first line is a responsibilities header (so a file need not end in .csv).</summary>
    public static bool LooksLikeHeader(string firstLine)
    {
        var names = Split(firstLine.TrimStart('\uFEFF'), Separator(firstLine)).Select(n => ColumnNames.GetValueOrDefault(n.Trim()));
        return Required.All(names.Contains);
    }

    /// <summary>The data lines, or Swedish errors naming the line (a broken header is line 1).</summary>
    public static (IReadOnlyList<ResponsibilityCsvLine> Lines, IReadOnlyList<string> Errors) Parse(TextReader text)
    {
        var lines = new List<ResponsibilityCsvLine>();
        var errors = new List<string>();
        var header = text.ReadLine()?.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(header))
            return (lines, ["Rad 1: filen är tom; första raden ska vara rubrikerna organisation;year;goal;upn;role."]);

        var separator = Separator(header);
        var columns = Split(header, separator).Select(n => ColumnNames.GetValueOrDefault(n.Trim())).ToArray();
        var missing = Required.Where(r => !columns.Contains(r)).ToArray();
        if (missing.Length > 0)
            return (lines, [$"Rad 1: rubrikraden saknar {string.Join(", ", missing)}; den ska vara organisation;year;goal;upn;role."]);
        int Column(string name) => Array.IndexOf(columns, name);

        var number = 1;
        while (text.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
            var fields = Split(line, separator);
            if (fields.Count != columns.Length)
            {
                errors.Add($"Rad {number}: {fields.Count} fält, men rubrikraden har {columns.Length} (avgränsare '{separator}').");
                continue;
            }
            string Field(string name) => fields[Column(name)].Trim();
            lines.Add(new ResponsibilityCsvLine(number, Field("organisation"), Field("year"), Field("goal"), Field("upn"), Field("role")));
        }
        return (lines, errors);
    }

    private static char Separator(string header) => header.Contains(';') ? ';' : ',';

    /// <summary>Splits one line on the separator, honouring "quoted; fields" and "" inside quotes.</summary>
    private static List<string> Split(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == separator) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    [GeneratedRegex(@"^[^@\s;,""<>]+@[^@\s;,""<>]+\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant)]
    internal static partial Regex Email();
}
