using Microsoft.Extensions.Options;
using StatusBot.AdaptiveCards.Model.Serialization;
using StatusBot.Application.Sharing;
using StatusBot.BotFramework.Invokes;
using StatusBot.BotFramework.Schema;
using StatusBot.Teams.MessageExtension;
using StatusBot.Teams.Sharing;

namespace StatusBot.Teams.Links;

/// <summary>
/// <c>composeExtension/queryLink</c>: a goal's URL (<c>/mal/{organisation}/{year}/{number}</c> on the bot's domain)
/// was pasted into a message; it unfurls into the live status card. Any other URL gets no card (an empty result).
/// </summary>
public sealed class LinkUnfurlInvoke(GoalLinks links, SharedStatusCards cards, IOptions<GoalLinkOptions> options, ILogger<LinkUnfurlInvoke> logger)
{
    public Task<InvokeResponse> HandleAsync(AppBasedLinkQuery query)
    {
        if (!options.Value.IsOwnUrl(query.Url) || links.Resolve(query.Url) is not { } goal)
        {
            logger.LogInformation("Pasted link names no goal; not unfurled");
            return Task.FromResult(MessagingExtensionResponse.Result([]));
        }
        logger.LogInformation("Pasted link unfurled as goal {GoalId}", goal.Goal.Id);
        return Task.FromResult(MessagingExtensionResponse.Result([GoalPreview.Attachment(goal, CardJson.ToJsonObject(cards.ForEveryone(goal)))]));
    }
}
