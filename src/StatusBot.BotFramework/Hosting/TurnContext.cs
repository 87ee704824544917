using System.Security.Claims;
using StatusBot.BotFramework.Authentication;
using StatusBot.BotFramework.Connector;
using StatusBot.BotFramework.Input;
using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Hosting;

/// <summary>
/// One inbound activity and the means to answer it: a connector client bound to the activity's service URL and
/// conversation, and a cancellation token that fires when the handler's time is up.
/// </summary>
public sealed class TurnContext
{
    /// <summary>Creates a turn for <paramref name="activity"/> whose caller is not stated (<see cref="InboundCaller.Unstated"/>).</summary>
    public TurnContext(Activity activity, IConnectorClient connector, ClaimsIdentity? identity, CancellationToken cancellationToken)
        : this(activity, connector, identity, cancellationToken, InboundCaller.Unstated, InputReport.None)
    {
    }

    /// <summary>Creates a turn for <paramref name="activity"/> sent by <paramref name="caller"/>.</summary>
    public TurnContext(Activity activity, IConnectorClient connector, ClaimsIdentity? identity, CancellationToken cancellationToken,
        InboundCaller caller, InputReport input)
    {
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
        Connector = connector ?? throw new ArgumentNullException(nameof(connector));
        Identity = identity;
        CancellationToken = cancellationToken;
        Caller = caller ?? throw new ArgumentNullException(nameof(caller));
        Input = input ?? throw new ArgumentNullException(nameof(input));
        Reference = activity.GetConversationReference();
    }

    /// <summary>The inbound activity.</summary>
    public Activity Activity { get; }

    /// <summary>The connector client (for calls the helpers below do not cover).</summary>
    public IConnectorClient Connector { get; }

    /// <summary>The validated token's claims; null in unauthenticated development mode.</summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>
    /// Who sent the activity. Trust <c>from.aadObjectId</c> (authorisation) and store <see cref="Reference"/> only
    /// when <see cref="InboundCaller.VouchesForTheActivity"/> is true.
    /// </summary>
    public InboundCaller Caller { get; }

    /// <summary>What the protocol layer removed from the activity's free text (unsafe characters), for a Swedish notice.</summary>
    public InputReport Input { get; }

    /// <summary>The conversation reference of the activity, when it has one.</summary>
    public ConversationReference? Reference { get; }

    /// <summary>Fires when the handler timeout elapses or the request is aborted.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The message text without the bot's own mention.</summary>
    public string TextWithoutMention => Activity.StripBotMention();

    /// <summary>Sends a text message to the conversation.</summary>
    public Task<ResourceResponse> SendActivityAsync(string text) => SendActivityAsync(Schema.Activity.CreateMessage(text));

    /// <summary>Sends <paramref name="activity"/> to the conversation; addressing fields left empty are filled in.</summary>
    public Task<ResourceResponse> SendActivityAsync(Activity activity) =>
        Connector.SendToConversationAsync(ServiceUrl, ConversationId, Address(activity), CancellationToken);

    /// <summary>Replies to the inbound activity with a text message.</summary>
    public Task<ResourceResponse> ReplyAsync(string text) => ReplyAsync(Schema.Activity.CreateMessage(text));

    /// <summary>Replies to the inbound activity (threaded where the channel supports it).</summary>
    public Task<ResourceResponse> ReplyAsync(Activity activity)
    {
        var addressed = Address(activity);
        // An id of blanks names no activity to thread under (and no URL segment): post to the conversation instead.
        if (string.IsNullOrWhiteSpace(Activity.Id))
            return Connector.SendToConversationAsync(ServiceUrl, ConversationId, addressed, CancellationToken);
        addressed.ReplyToId ??= Activity.Id;
        return Connector.ReplyToActivityAsync(ServiceUrl, ConversationId, Activity.Id, addressed, CancellationToken);
    }

    /// <summary>Replaces an activity the bot sent earlier in this conversation (e.g. a card).</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity)
    {
        var addressed = Address(activity);
        addressed.Id = activityId;
        return Connector.UpdateActivityAsync(ServiceUrl, ConversationId, activityId, addressed, CancellationToken);
    }

    /// <summary>Deletes an activity the bot sent earlier in this conversation.</summary>
    public Task DeleteActivityAsync(string activityId) =>
        Connector.DeleteActivityAsync(ServiceUrl, ConversationId, activityId, CancellationToken);

    private string ServiceUrl => Activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");

    private string ConversationId => Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");

    private Activity Address(Activity outgoing)
    {
        var template = Activity.CreateReply();
        outgoing.From ??= template.From;
        outgoing.Recipient ??= template.Recipient;
        outgoing.Conversation ??= template.Conversation;
        outgoing.ServiceUrl ??= template.ServiceUrl;
        outgoing.ChannelId ??= template.ChannelId;
        outgoing.Locale ??= template.Locale;
        return outgoing;
    }
}
