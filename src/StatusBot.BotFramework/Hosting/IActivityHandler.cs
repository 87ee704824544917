using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Hosting;

/// <summary>
/// The application's bot logic, called once per authenticated inbound activity according to its type. Register
/// one implementation in DI (derive from <see cref="ActivityHandler"/> to override only what you need).
/// </summary>
public interface IActivityHandler
{
    /// <summary>A <c>message</c> activity (text or card submit).</summary>
    Task OnMessageAsync(TurnContext turn);

    /// <summary>
    /// An <c>invoke</c> activity; the result is written synchronously as the HTTP response. Exceptions become an
    /// error-typed body with HTTP 200.
    /// </summary>
    Task<InvokeResponse> OnInvokeAsync(TurnContext turn);

    /// <summary>A <c>conversationUpdate</c> activity (members added or removed, …).</summary>
    Task OnConversationUpdateAsync(TurnContext turn);

    /// <summary>An <c>installationUpdate</c> activity (the app was added or removed).</summary>
    Task OnInstallationUpdateAsync(TurnContext turn);

    /// <summary>Any other activity type.</summary>
    Task OnOtherAsync(TurnContext turn);
}

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
