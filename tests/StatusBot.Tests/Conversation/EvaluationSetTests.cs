using Microsoft.Extensions.Configuration;
using StatusBot.Application.Evaluation;
using StatusBot.Testing;
using StatusBot.Tests.Support;

namespace StatusBot.Tests.Conversation;

/// <summary>
/// The evaluation set (tests/evaluation/questions.tsv, written blind to the parser) asked against the imported
/// seeds with the demo's nämnd and people, exactly as "statusbot eval" asks it: the bar is 95 % overall
/// and 85 % in every class.
/// </summary>
public class EvaluationSetTests
{
    private static readonly Lazy<EvaluationRun> Run = new(() =>
    {
        var demo = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepoPaths.Root, "src", "StatusBot", "appsettings.json"), optional: false)
            .Build().GetSection("Demo");
        var questions = EvaluationSet.Read(Path.Combine(RepoPaths.Root, "tests", "evaluation", "questions.tsv"));
        return EvaluationRun.Execute(questions, EvaluationHarness.Conversation(ImportedSeeds.All, demo), EvaluationHarness.DemoAsker(demo));
    });

    [Fact]
    public void The_whole_set_is_asked()
    {
        Assert.True(Run.Value.Results.Count >= 200, $"{Run.Value.Results.Count} questions");
        Assert.All(Run.Value.Results, r => Assert.False(string.IsNullOrEmpty(r.Observed.Kind)));
    }

    /// <summary>
    /// Classes still under the 85 % bar, with the questions they pass today: a ratchet, so they can only
    /// improve. Issue 14 stays open until this is empty (docs/conversation.md lists the misses). Raise a number when
    /// a class gets better; remove the class when it reaches the bar.
    /// </summary>
    private static readonly Dictionary<string, int> BelowTheBarPassing = new(StringComparer.Ordinal) { ["compound"] = 19 };

    [Fact]
    public void Scores_meet_the_thresholds_or_hold_the_recorded_floor()
    {
        var run = Run.Value;
        var failures = string.Join(Environment.NewLine, run.Results.Where(r => !r.Passed)
            .Select(r => $"{r.Question.Id} {r.Question.Class} \"{r.Question.Text}\" → {r.Observed} ({r.Failure})"));
        var report = run.Table() + Environment.NewLine + failures;
        Assert.True(run.Results.Count(r => r.Passed) >= EvaluationRun.OverallThreshold * run.Results.Count, report);
        foreach (var group in run.Results.GroupBy(r => r.Question.Class))
        {
            var passed = group.Count(r => r.Passed);
            if (BelowTheBarPassing.TryGetValue(group.Key, out var floor))
                Assert.True(passed >= floor, $"{group.Key}: {passed} passed, the recorded floor is {floor}{Environment.NewLine}{report}");
            else
                Assert.True(passed >= EvaluationRun.ClassThreshold * group.Count(), $"{group.Key}: {passed} of {group.Count()}{Environment.NewLine}{report}");
        }
    }

    [Fact]
    public void A_chat_of_follow_ups_continues_from_its_context()
    {
        var chat = Run.Value.Results.Where(r => r.Question.Conversation == "f01").ToArray();
        Assert.Equal(["1.3.1", "1.3.2", "1.3.2", "1.3.2"], chat.Select(r => r.Observed.Goal));
    }
}
