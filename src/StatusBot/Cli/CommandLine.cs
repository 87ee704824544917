namespace StatusBot.Cli;

/// <summary>Dispatches the command line: serve (default), import, export, ask.</summary>
public static class CommandLine
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("statusbot: not yet wired");
        return Task.FromResult(2);
    }
}
