using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Hosting;

/// <summary>An <see cref="IActivityHandler"/> that does nothing; override what the bot needs.</summary>
public abstract class ActivityHandler : IActivityHandler
{
    /// <inheritdoc />
    public virtual Task OnMessageAsync(TurnContext turn) => Task.CompletedTask;

    /// <summary>Typed invoke routes; map them in the constructor (<c>Invokes.MapInvoke&lt;TValue&gt;(name, handler)</c>).</summary>
    protected InvokeRouter Invokes { get; } = new();

    /// <summary>Routes the invoke by name (<see cref="Invokes"/>); an invoke without a route gets a "not implemented" error body.</summary>
    public virtual Task<InvokeResponse> OnInvokeAsync(TurnContext turn) =>
        Invokes.TryRoute(turn) ?? Task.FromResult(InvokeResponse.Error(501, "NotImplemented", "Åtgärden stöds inte."));

    /// <inheritdoc />
    public virtual Task OnConversationUpdateAsync(TurnContext turn) => Task.CompletedTask;

    /// <inheritdoc />
    public virtual Task OnInstallationUpdateAsync(TurnContext turn) => Task.CompletedTask;

    /// <inheritdoc />
    public virtual Task OnOtherAsync(TurnContext turn) => Task.CompletedTask;
}
