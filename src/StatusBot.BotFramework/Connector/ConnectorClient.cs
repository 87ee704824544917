using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Connector;

/// <summary>
/// <see cref="IConnectorClient"/> over the named <see cref="BotFrameworkHttpClients.Connector"/> HTTP client, whose
/// handlers add retries, rate limiting and the token.
/// </summary>
public sealed class ConnectorClient(IHttpClientFactory httpClientFactory) : IConnectorClient
{
    private const int MaxErrorBodyChars = 2000;

    /// <inheritdoc />
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities",
            conversationId, activity.GetTenantId(), Body(activity, BotFrameworkJsonContext.Default.Activity),
            BotFrameworkJsonContext.Default.ResourceResponse, ct);

    /// <inheritdoc />
    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}",
            conversationId, activity.GetTenantId(), Body(activity, BotFrameworkJsonContext.Default.Activity),
            BotFrameworkJsonContext.Default.ResourceResponse, ct);

    /// <inheritdoc />
    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            conversationId, activity.GetTenantId(), Body(activity, BotFrameworkJsonContext.Default.Activity),
            BotFrameworkJsonContext.Default.ResourceResponse, ct);

    /// <inheritdoc />
    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct = default) =>
        SendAsync<ResourceResponse>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            conversationId, null, null, null, ct);

    /// <inheritdoc />
    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", null, parameters.TenantId ?? parameters.ChannelData?.Tenant?.Id,
            Body(parameters, BotFrameworkJsonContext.Default.ConversationParameters),
            BotFrameworkJsonContext.Default.ConversationResourceResponse, ct);

    /// <inheritdoc />
    public Task<ConversationResourceResponse> CreatePersonalConversationAsync(string serviceUrl, string botId, string userId, string tenantId, CancellationToken ct = default) =>
        CreateConversationAsync(serviceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = botId },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } },
        }, ct);

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string relativePath, string? conversationId,
        string? tenantId, HttpContent? content, JsonTypeInfo<T>? responseType, CancellationToken ct) where T : class, new()
    {
        using var request = new HttpRequestMessage(method, Resolve(serviceUrl, relativePath)) { Content = content };
        if (conversationId is not null) request.Options.Set(ConnectorRequestContext.ConversationId, conversationId);
        if (tenantId is not null) request.Options.Set(ConnectorRequestContext.TenantId, tenantId);

        using var response = await SendOrThrowAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            var error = await response.Content.ReadAsStringAsync(ct);
            throw new ConnectorException((int)response.StatusCode, error.Length > MaxErrorBodyChars ? error[..MaxErrorBodyChars] : error,
                RetryAfterOf(response));
        }
        if (responseType is null) return new T();
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        // Teams answers some calls with an empty body; that is success, not an error.
        return body.Length == 0 ? new T() : JsonSerializer.Deserialize(body, responseType) ?? new T();
    }

    /// <summary>
    /// Sends through the resilience pipeline; a connector still unreachable after its retries is a
    /// <see cref="ConnectorException"/> like any other undelivered activity, so callers handle one failure type.
    /// </summary>
    private async Task<HttpResponseMessage> SendOrThrowAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await httpClientFactory.CreateClient(BotFrameworkHttpClients.Connector).SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw new ConnectorException(e);
        }
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    // Bytes rather than a stream, so a retried or re-authenticated request can send the body again.
    private static ByteArrayContent Body<T>(T value, JsonTypeInfo<T> type)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, type));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static Uri Resolve(string serviceUrl, string relativePath)
    {
        if (!Uri.TryCreate(serviceUrl.TrimEnd('/') + "/", UriKind.Absolute, out var baseUri))
            throw new ArgumentException("The service URL is not an absolute URL.", nameof(serviceUrl));
        return new Uri(baseUri, relativePath);
    }

    private static string Escape(string segment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(segment);
        return Uri.EscapeDataString(segment);
    }
}
