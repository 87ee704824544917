using System.CommandLine;
using StatusBot.Application.Evaluation;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Application.Plans;
using StatusBot.Application.ReadModel;
using StatusBot.Demo;
using StatusBot.Import;

namespace StatusBot.Cli;

/// <summary>
/// <c>eval [--questions FILE] [--seeds DIR] [--failures]</c>: asks the evaluation set (tests/evaluation/questions.tsv)
/// against the seed documents, read in memory with the demo's default nämnd and people, and prints the score per
/// class. Exit 1 below 95 % overall or 85 % in any class, so CI can gate on it. Never touches a store.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var questions = new Option<string?>("--questions") { Description = "Frågefilen (standard: tests/evaluation/questions.tsv i förrådet)." };
        var seeds = new Option<string?>("--seeds") { Description = "Mappen med seed-dokumenten (standard: ../shared/seeds)." };
        var failures = new Option<bool>("--failures") { Description = "Skriv ut varje fråga som inte fick rätt svar." };
        var explain = new Option<string?>("--explain") { Description = "Visa hur en enda fråga tolkas och vilka mål sökningen träffar." };
        var command = new Command("eval", "Mät hur väl boten förstår frågorna i utvärderingsmängden.") { questions, seeds, failures, explain };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(questions) ?? DefaultQuestions();
            var folder = DemoSeeds.Locate(parse.GetValue(seeds));
            if (file is null || !File.Exists(file) || folder is null)
            {
                await errors.WriteLineAsync(file is null || !File.Exists(file)
                    ? "Hittar inte frågefilen; ange den med --questions." : "Hittar inte seed-dokumenten; ange mappen med --seeds.");
                return ExitCodes.BadInput;
            }
            var plans = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
                .SelectMany(f => PlanImport.Read(f, new ImportOptions())).ToList();
            var demo = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
                .Build().GetSection("Demo");
            if (parse.GetValue(explain) is { } text)
            {
                var index = new GoalIndex(plans);
                var question = QuestionParser.Parse(text, index.Organisations);
                await output.WriteLineAsync(question.ToString());
                foreach (var hit in index.Search(question.SearchText ?? "", max: 8))
                    await output.WriteLineAsync($"{hit.Score:F2}\t{hit.Field}\t{hit.Goal}\t{hit.MatchedText}");
                return ExitCodes.Ok;
            }
            var run = EvaluationRun.Execute(EvaluationSet.Read(file), EvaluationHarness.Conversation(plans, demo), EvaluationHarness.DemoAsker(demo));
            if (parse.GetValue(failures))
                foreach (var r in run.Results.Where(r => !r.Passed))
                    await output.WriteLineAsync($"{r.Question.Id}\t{r.Question.Class}\t{r.Question.Text}\t→ {r.Observed}\t({r.Failure})");
            await output.WriteAsync(run.Table());
            return run.MeetsThresholds ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return command;
    }

    private static string? DefaultQuestions()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "evaluation", "questions.tsv");
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }
}
