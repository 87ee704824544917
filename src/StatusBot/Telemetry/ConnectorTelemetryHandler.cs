using System.Diagnostics;
using StatusBot.Teams.Telemetry;

namespace StatusBot.Telemetry;

/// <summary>
/// Measures every Bot Connector HTTP attempt (latency, status, 429s). It is added to the protocol layer's named
/// client by the app, innermost, so retries are counted one by one and the protocol layer needs no metrics of its
/// own: it stays free of the app's telemetry choices.
/// </summary>
public sealed class ConnectorTelemetryHandler(StatusBotTelemetry telemetry) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = ConnectorOperation.Of(request.Method, request.RequestUri);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            telemetry.ConnectorCallCompleted(operation, (int)response.StatusCode, Stopwatch.GetElapsedTime(started));
            return response;
        }
        catch
        {
            telemetry.ConnectorCallCompleted(operation, 0, Stopwatch.GetElapsedTime(started));
            throw;
        }
    }
}
