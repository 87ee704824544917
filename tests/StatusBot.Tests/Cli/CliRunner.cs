using StatusBot.Cli;

namespace StatusBot.Tests.Cli;

/// <summary>Runs the real command line in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    public static string TempStore() => Path.Combine(Directory.CreateTempSubdirectory("statusbot-cli-").FullName, "store.db");
}
