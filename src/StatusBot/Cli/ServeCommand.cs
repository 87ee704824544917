using System.CommandLine;
using StatusBot.Hosting;

namespace StatusBot.Cli;

/// <summary><c>serve [--store S] [ASP.NET Core options such as --urls]</c>: runs the bot until stopped.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var command = new Command("serve", "Kör boten (standard). Övriga flaggor, t.ex. --urls, går till ASP.NET Core.") { store };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var app = BotHost.Build([.. parse.UnmatchedTokens], parse.GetValue(store));
            await BotHost.InitialiseAsync(app, ct);
            await app.RunAsync();
            return ExitCodes.Ok;
        });
        return command;
    }
}
