using System.Globalization;
using System.Text;
using StatusBot.Application.Conversation;

namespace StatusBot.Application.Evaluation;

/// <summary>One question's outcome: what was observed and, when it failed, why.</summary>
public sealed record EvaluationResult(EvaluationQuestion Question, ObservedAnswer Observed, string? Failure)
{
    public bool Passed => Failure is null;
}

/// <summary>
/// Asks every question of the set through the conversation service (each chat's rows in order, in one
/// conversation, so follow-ups see their context) and scores the answers per class.
/// </summary>
public sealed class EvaluationRun
{
    public const double OverallThreshold = 0.95;
    public const double ClassThreshold = 0.85;

    private EvaluationRun(IReadOnlyList<EvaluationResult> results) => Results = results;

    public IReadOnlyList<EvaluationResult> Results { get; }

    public static EvaluationRun Execute(IReadOnlyList<EvaluationQuestion> questions, ConversationService conversation, Asker asker)
    {
        var results = new List<EvaluationResult>(questions.Count);
        // Conversations keep their rows' order; each gets its own key so no context leaks between chats.
        foreach (var chat in questions.GroupBy(q => q.Conversation, StringComparer.Ordinal))
        {
            var key = $"evaluation:{chat.Key}:{Guid.NewGuid():N}";
            foreach (var question in chat)
            {
                var observed = AnswerClassifier.Classify(conversation.Answer(question.Text, asker, key));
                results.Add(new EvaluationResult(question, observed, EvaluationGrader.Check(question, observed)));
            }
        }
        return new EvaluationRun(results.OrderBy(r => r.Question.Id, StringComparer.Ordinal).ToArray());
    }

    public double Overall => Score(Results);

    /// <summary>Per class: passed, asked and the share passed, in the order the classes first appear.</summary>
    public IReadOnlyList<(string Class, int Passed, int Total, double Score)> ByClass =>
        Results.GroupBy(r => r.Question.Class, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(r => r.Passed), g.Count(), Score(g.ToArray())))
            .ToArray();

    public bool MeetsThresholds => Overall >= OverallThreshold && ByClass.All(c => c.Score >= ClassThreshold);

    /// <summary>The per-class table as Markdown (what docs/conversation.md shows).</summary>
    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine("| class | passed | questions | score |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var (name, passed, total, score) in ByClass)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {passed} | {total} | {score:P1} |");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| **overall** | {Results.Count(r => r.Passed)} | {Results.Count} | {Overall:P1} |");
        return text.ToString();
    }

    private static double Score(IReadOnlyCollection<EvaluationResult> results) =>
        results.Count == 0 ? 1 : (double)results.Count(r => r.Passed) / results.Count;
}
