using System.Net;
using StatusBot.Anchors;

// Three tiny servers for bench/load/run.sh, one per mode, so each can be pinned to its own core:
//   bare      - returns 200 and nothing else: the cost of Kestrel + routing alone.
//   relay     - parses the activity, POSTs one prebuilt Adaptive Card to the Connector, returns 200:
//               the least work any bot must do, i.e. the practical limit for the app.
//   connector - a fake Bot Connector that counts replies (GET /count reads the counter).
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: StatusBot.Anchors bare|relay|connector PORT");
    return 2;
}
var mode = args[0];
var port = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
var app = builder.Build();
switch (mode)
{
    case "bare":
        app.MapPost("/api/messages", () => Results.Ok());
        break;
    case "relay":
        RelayEndpoint.Map(app);
        break;
    case "connector":
        ReplyCounter.Map(app);
        break;
    default:
        Console.Error.WriteLine($"unknown mode {mode}");
        return 2;
}
await app.RunAsync();
return 0;
