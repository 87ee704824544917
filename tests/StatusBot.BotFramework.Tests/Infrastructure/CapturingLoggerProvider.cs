using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace StatusBot.BotFramework.Tests.Infrastructure;

/// <summary>Records every log line (message, state values and exception text) at every level.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Text)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public string AllText => string.Join("\n", Entries.Select(e => $"{e.Level} {e.Category}: {e.Text}"));

    public void Dispose() { }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            owner.Entries.Enqueue((LogLevel.Trace, category, "scope: " + state));
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            owner.Entries.Enqueue((logLevel, category, $"{formatter(state, exception)} | {values} | {exception}"));
        }
    }
}
