using System.Diagnostics;

namespace StatusBot.Deployment.Tests.Support;

/// <summary>The outcome of running one of the repository's shell scripts.</summary>
public sealed record ScriptResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}

/// <summary>Runs a repository script with bash, as a person would, and captures its output.</summary>
public static class ScriptRun
{
    public static ScriptResult Bash(string scriptPath, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(scriptPath)!,
        };
        start.ArgumentList.Add(scriptPath);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{scriptPath} did not finish within {timeout}");
        }
        process.WaitForExit(); // flush the redirected streams
        return new ScriptResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
