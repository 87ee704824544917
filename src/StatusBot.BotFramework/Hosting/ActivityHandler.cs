using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Hosting;

/// <summary>An <see cref="IActivityHandler"/> that does nothing; override what the bot needs.</summary>
public abstract class ActivityHandler : IActivityHandler
{
    /// <inheritdoc />
    public virtual Task OnMessageAsync(TurnContext turn) => Task.CompletedTask;

    /// <summary>By default answers every invoke with a "not implemented" error body.</summary>
    public virtual Task<InvokeResponse> OnInvokeAsync(TurnContext turn) =>
        Task.FromResult(InvokeResponse.Error(501, "NotImplemented", "Åtgärden stöds inte."));

    /// <inheritdoc />
    public virtual Task OnConversationUpdateAsync(TurnContext turn) => Task.CompletedTask;

    /// <inheritdoc />
    public virtual Task OnInstallationUpdateAsync(TurnContext turn) => Task.CompletedTask;

    /// <inheritdoc />
    public virtual Task OnOtherAsync(TurnContext turn) => Task.CompletedTask;
}
