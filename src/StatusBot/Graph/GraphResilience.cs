using Polly;
using Polly.Retry;

namespace StatusBot.Graph;

/// <summary>
/// Retries throttled and unavailable Graph calls, waiting what the server asked for (Retry-After) or else an
/// exponential backoff with jitter. The SDK's own retry handler is removed (see <see cref="GraphSdkGateway"/>), so
/// this is the only place a call is repeated.
/// </summary>
public static class GraphResilience
{
    public static ResiliencePipeline Create(GraphOptions options, TimeProvider time) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<GraphCallException>(e => e.IsTransient),
                MaxRetryAttempts = Math.Max(0, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is GraphCallException { RetryAfter: { } wait } ? wait : (TimeSpan?)null),
            })
            .Build();
}
