using System.Collections.Concurrent;
using StatusBot.BotFramework.Hosting;
using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Tests.Infrastructure;

/// <summary>Records which handler method ran with which activity; behaviour is scriptable per test.</summary>
internal sealed class RecordingActivityHandler : IActivityHandler
{
    public ConcurrentQueue<(string Method, Activity Activity)> Calls { get; } = new();
    public ConcurrentQueue<TurnContext> Turns { get; } = new();
    public Func<TurnContext, Task> OnMessage { get; set; } = _ => Task.CompletedTask;
    public Func<TurnContext, Task<InvokeResponse>> OnInvoke { get; set; } = _ => Task.FromResult(InvokeResponse.Ok());

    public Task OnMessageAsync(TurnContext turn) { Record("message", turn); return OnMessage(turn); }
    public Task<InvokeResponse> OnInvokeAsync(TurnContext turn) { Record("invoke", turn); return OnInvoke(turn); }
    public Task OnConversationUpdateAsync(TurnContext turn) { Record("conversationUpdate", turn); return Task.CompletedTask; }
    public Task OnInstallationUpdateAsync(TurnContext turn) { Record("installationUpdate", turn); return Task.CompletedTask; }
    public Task OnOtherAsync(TurnContext turn) { Record("other", turn); return Task.CompletedTask; }

    private void Record(string method, TurnContext turn)
    {
        Calls.Enqueue((method, turn.Activity));
        Turns.Enqueue(turn);
    }
}

/// <summary>Records every conversation reference handed to the app.</summary>
internal sealed class RecordingReferenceSink : IConversationReferenceSink
{
    public ConcurrentQueue<ConversationReference> References { get; } = new();

    public Task OnReferenceAsync(ConversationReference reference, Activity activity, CancellationToken ct)
    {
        References.Enqueue(reference);
        return Task.CompletedTask;
    }
}
