using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Hosting;

/// <summary>
/// Receives the conversation reference of EVERY authenticated activity, before the handler runs, so the app can
/// store it and message that user later (reminders). Failures are logged and do not stop the turn.
/// </summary>
public interface IConversationReferenceSink
{
    /// <summary>Called with the reference and the activity it came from.</summary>
    Task OnReferenceAsync(ConversationReference reference, Activity activity, CancellationToken ct);
}
