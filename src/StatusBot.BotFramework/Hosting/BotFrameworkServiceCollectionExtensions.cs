using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using StatusBot.BotFramework.Authentication;
using StatusBot.BotFramework.Connector;

namespace StatusBot.BotFramework.Hosting;

/// <summary>Registers the Bot Framework layer.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    private static readonly HashSet<HttpStatusCode> RetriedStatusCodes =
    [
        HttpStatusCode.PreconditionFailed, HttpStatusCode.TooManyRequests, HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    /// <summary>
    /// Binds <see cref="BotOptions"/> from the <c>Bot</c> section and registers authentication, the connector
    /// client (with retries, rate limits and token handling) and a no-op <see cref="IConversationReferenceSink"/>.
    /// The app must register its <see cref="IActivityHandler"/>. A token provider or sink registered BEFORE this
    /// call wins over the defaults.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(BotOptions.SectionName);
        services.AddOptions<BotOptions>().Bind(section);
        var options = section.Get<BotOptions>() ?? new BotOptions();

        services.TryAddSingleton(TimeProvider.System);
        // SigningKeySource cuts each fetch off after SigningKeyFetchTimeoutSeconds; this is only the backstop.
        services.AddHttpClient(BotFrameworkHttpClients.OpenIdMetadata,
            c => c.Timeout = TimeSpan.FromSeconds(Math.Max(1, options.SigningKeyFetchTimeoutSeconds) + 5));
        services.TryAddSingleton<BotAuthenticator>();
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.TryAddSingleton<ConnectorRateLimiter>();
        services.TryAddSingleton<IConversationReferenceSink, NullConversationReferenceSink>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<BotEndpoint>();
        AddTokenProvider(services, options);

        services.AddTransient<ConnectorRateLimitingHandler>();
        services.AddTransient<ConnectorAuthenticationHandler>();
        var connector = services.AddHttpClient(BotFrameworkHttpClients.Connector, c => c.Timeout = Timeout.InfiniteTimeSpan)
            // A redirect would re-send the activity to a host the trusted-service-URL policy never saw (issue 12):
            // the Connector does not redirect, so a 3xx is a failed call.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RedactLoggedHeaders(["Authorization"]); // HttpClient trace logging must never print the token
        connector.AddResilienceHandler("bot-connector", builder => builder
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(0, options.MaxConnectorRetries),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(Math.Max(1, options.ConnectorRetryBaseDelayMilliseconds)),
                    ShouldRetryAfterHeader = true, // Retry-After (seconds or HTTP date) overrides the backoff
                    // No 500 (the request may have been processed) and no timeouts (a POST may have been delivered).
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                    {
                        { Result: { } response } => RetriedStatusCodes.Contains(response.StatusCode),
                        { Exception: HttpRequestException } => true,
                        _ => false,
                    }),
                })
                .AddTimeout(TimeSpan.FromSeconds(30)));
        // Rate limiting sits inside the retry so every attempt counts against Teams' limits.
        connector.AddHttpMessageHandler<ConnectorRateLimitingHandler>()
            .AddHttpMessageHandler<ConnectorAuthenticationHandler>();
        return services;
    }

    private static void AddTokenProvider(IServiceCollection services, BotOptions options)
    {
        if (!options.HasConnectorCredentials) return;
        if (!string.IsNullOrWhiteSpace(options.ClientSecret) || !string.IsNullOrWhiteSpace(options.CertificatePath))
            services.TryAddSingleton<IConnectorTokenProvider, ClientCredentialsTokenProvider>();
        else
            services.TryAddSingleton<IConnectorTokenProvider, ManagedIdentityTokenProvider>();
    }
}
