using System.Diagnostics;
using StatusBot.AdaptiveCards.Model.Serialization;
using StatusBot.Application.Sharing;
using StatusBot.BotFramework.Invokes;
using StatusBot.BotFramework.Schema;
using StatusBot.Application;
using StatusBot.Teams.Sharing;

namespace StatusBot.Teams.MessageExtension;

/// <summary>
/// <c>composeExtension/query</c>: the search-based message extension ("Sök mål" in the compose box and the command
/// box). Answers with one page of goal previews; the chosen one inserts the live status card.
/// </summary>
public sealed class ComposeSearchInvoke(ComposeSearch search, SharedStatusCards cards, ILogger<ComposeSearchInvoke> logger)
{
    /// <summary>The manifest's command id and its one parameter.</summary>
    public const string CommandId = "sokMal";
    public const string QueryParameter = "sokord";

    /// <summary>The parameter Teams sends (value "true") when the command opens with nothing typed.</summary>
    public const string InitialRunParameter = "initialRun";

    public Task<InvokeResponse> HandleAsync(MessagingExtensionQuery query, Asker asker)
    {
        var started = Stopwatch.GetTimestamp();
        var text = query.Parameters?.FirstOrDefault(p => p.Name != InitialRunParameter)?.Value?.ToString();
        var result = search.Search(text, asker, query.QueryOptions?.Skip, query.QueryOptions?.Count);
        var response = result.Notice is { } notice
            ? MessagingExtensionResponse.Message(notice)
            : MessagingExtensionResponse.Result(result.Page.Select(g => GoalPreview.Attachment(g, CardJson.ToJsonObject(cards.ForEveryone(g)))));
        // Ids and counts only: what was typed may name anyone.
        logger.LogInformation("Compose search gave {Count} of {Total} goals in {ElapsedMs:F1} ms for user {UserId}",
            result.Page.Count, result.Total, Stopwatch.GetElapsedTime(started).TotalMilliseconds, asker.UserId);
        return Task.FromResult(response);
    }
}
