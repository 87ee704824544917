using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Hosting;

/// <summary>The default sink: keeps nothing.</summary>
public sealed class NullConversationReferenceSink : IConversationReferenceSink
{
    /// <inheritdoc />
    public Task OnReferenceAsync(ConversationReference reference, Activity activity, CancellationToken ct) => Task.CompletedTask;
}
