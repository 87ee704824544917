using System.CommandLine;

namespace StatusBot.Cli;

/// <summary>
/// The command line of the single executable: <c>serve</c> (default), <c>import</c>, <c>export</c>, <c>ask</c>, <c>people import</c>, <c>remind</c>.
/// Exit codes: 0 success, 1 bad input (file, question, store), 2 wrong usage.
/// </summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var output = stdout ?? Console.Out;
        var errors = stderr ?? Console.Error;
        var root = new RootCommand("StatusBot: följ upp nämndens mål i Microsoft Teams.");
        var serve = ServeCommand.Create();
        root.Subcommands.Add(serve);
        root.Subcommands.Add(ImportCommand.Create(output, errors));
        root.Subcommands.Add(ExportCommand.Create(output, errors));
        root.Subcommands.Add(AskCommand.Create(output, errors));
        root.Subcommands.Add(PeopleCommand.Create(output, errors));
        root.Subcommands.Add(RemindCommand.Create(output, errors));
        root.Subcommands.Add(EvalCommand.Create(output, errors));

        // No sub-command means "serve", with every argument handed to ASP.NET Core (e.g. --urls).
        var first = args.FirstOrDefault();
        if (first is null || (first.StartsWith('-') && first is not ("-h" or "--help" or "-?" or "--version")))
            args = ["serve", .. args];

        var config = new InvocationConfiguration { Output = output, Error = errors };
        return await root.Parse(args).InvokeAsync(config);
    }
}
