using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace StatusBot.Testing.Logging;

/// <summary>
/// A logger provider that keeps every entry of every category and level with its structured values, its scopes and
/// any exception: for asserting what the app logs, and (<see cref="AllText"/>) that nothing an exporter could ship
/// carries a secret or a user's words.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    public sealed record Entry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values,
        IReadOnlyList<string> Scopes, Exception? Exception)
    {
        /// <summary>The entry as one line, everything included.</summary>
        public override string ToString()
        {
            var text = new StringBuilder($"{Level} {Category}: {Message}");
            foreach (var (key, value) in Values) text.Append($" | {key}={value}");
            foreach (var scope in Scopes) text.Append($" | scope={scope}");
            if (Exception is not null) text.Append($" | exception={Exception}");
            return text.ToString();
        }
    }

    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<Entry> Entries { get; } = new();

    /// <summary>Every entry as the text an exporter could ship.</summary>
    public IReadOnlyList<string> AllText => [.. Entries.Select(e => e.ToString())];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value)
                : new Dictionary<string, object?>();
            var scopes = new List<string>();
            owner._scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), scopes);
            owner.Entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), values, scopes, exception));
        }
    }
}
