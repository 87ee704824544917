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
