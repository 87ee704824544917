using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatusBot.Teams.Bot;
using StatusBot.BotFramework.Schema;
using StatusBot.AdaptiveCards.Rendering;
using StatusBot.Application.Conversation;
using StatusBot.Hosting;
using StatusBot.Storage;
using StatusBot.Application;

namespace StatusBot.Cli;

/// <summary>
/// <c>ask "TEXT" [--user ID] [--format json|text] [--store S]</c>: the very same conversation code as Teams, without
/// HTTP. Prints the reply activities as JSON, or the card rendered as text for a terminal.
/// </summary>
internal static class AskCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var text = new Argument<string>("TEXT") { Description = "Frågan, t.ex. \"hur går nämndmål 3.6.1?\"." };
        var user = new Option<string?>("--user") { Description = "Frågarens id (Entra object id eller e-post), för \"mina mål\"." };
        var format = new Option<string>("--format") { Description = "json (svarsaktiviteterna) eller text.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("json", "text");
        var store = CommonOptions.Store();
        var command = new Command("ask", "Ställ en fråga till boten från terminalen.") { text, user, format, store };
        command.SetAction(async (parse, ct) =>
        {
            var app = BotHost.Build([], parse.GetValue(store), b => b.Logging.ClearProviders());
            // Asking must never change anything: opening a file that is not there would create an empty store.
            if (StoreOpener.MissingStoreMessage(app.Configuration["Store"]) is { } missing)
            {
                await errors.WriteLineAsync(missing);
                return ExitCodes.BadInput;
            }
            await BotHost.InitialiseAsync(app, ct, seedDemo: false);
            var userId = parse.GetValue(user) ?? "cli";
            var asker = new Asker(userId, userId.Contains('@') ? userId : null);
            var card = await app.Services.GetRequiredService<StatusBotResponder>().AskAsync(parse.GetValue(text), asker, ct);
            if (parse.GetValue(format) == "json")
            {
                var reply = StatusBotActivityHandler.CardReply(card);
                var activities = new JsonArray(JsonSerializer.SerializeToNode(reply, BotFrameworkJsonContext.Default.Activity));
                await output.WriteLineAsync(activities.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            }
            else
            {
                await output.WriteLineAsync(CardText.Render(card));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
