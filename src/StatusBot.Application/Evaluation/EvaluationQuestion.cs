namespace StatusBot.Application.Evaluation;

/// <summary>One row of tests/evaluation/questions.tsv: a question and the answer it should get (see its README).</summary>
public sealed record EvaluationQuestion(
    string Id,
    string Class,
    string Conversation,
    string Text,
    string Organisation,
    int? Year,
    string ExpectedKind,
    string ExpectedGoal,
    string ExpectedIndicator,
    string ExpectedDetail);

/// <summary>Reads the tab-separated evaluation set: one header line, columns by name, so the note column may grow.</summary>
public static class EvaluationSet
{
    public static IReadOnlyList<EvaluationQuestion> Read(string path) => Parse(File.ReadAllLines(path));

    public static IReadOnlyList<EvaluationQuestion> Parse(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return [];
        var header = lines[0].Split('\t').Select((name, i) => (name, i)).ToDictionary(p => p.name.Trim(), p => p.i, StringComparer.Ordinal);
        var rows = new List<EvaluationQuestion>();
        foreach (var line in lines.Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var cells = line.Split('\t');
            string Cell(string name) => header.TryGetValue(name, out var i) && i < cells.Length ? cells[i].Trim() : "";
            rows.Add(new EvaluationQuestion(
                Cell("id"), Cell("class"), Cell("conversation"), Cell("question"), Cell("organisation"),
                int.TryParse(Cell("year"), out var year) ? year : null,
                Cell("expected_kind"), Cell("expected_goal"), Cell("expected_indicator"), Cell("expected_detail")));
        }
        return rows;
    }
}
