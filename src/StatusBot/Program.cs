// Entry point: the same executable serves the bot and runs the command line (see README).
return await StatusBot.Cli.CommandLine.RunAsync(args);
