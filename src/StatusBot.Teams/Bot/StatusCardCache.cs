using System.Runtime.CompilerServices;
using Microsoft.Extensions.Caching.Memory;
using StatusBot.Teams.Cards;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Periods;

namespace StatusBot.Teams.Bot;

/// <summary>
/// Serialised status cards, so the goals chiefs ask about again and again (the same few hundred on a report day) are
/// built and serialised once: that was a third of the CPU of a status answer (docs/performance.md). A card is a
/// function of the goal object, the period asked about, today's date, whether the asker may report and who is
/// responsible. Goal objects are immutable and replaced when the index reloads (an import, a submitted outcome), so
/// keying on the object's identity retires stale cards by itself; the responsible people are compared on every hit,
/// because they change without a reload. Bounded by <see cref="SizeLimitKey"/> (bytes of JSON).
/// </summary>
public sealed class StatusCardCache : IDisposable
{
    public const string SizeLimitKey = "Cards:StatusCardCacheMegabytes";
    public const int DefaultMegabytes = 16;

    private readonly MemoryCache? _cache;

    public StatusCardCache(IConfiguration configuration)
    {
        var megabytes = configuration.GetValue(SizeLimitKey, DefaultMegabytes);
        if (megabytes > 0) _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = megabytes * 1024L * 1024L, TrackStatistics = true });
    }

    /// <summary>The cached card for this goal seen in <paramref name="context"/>, or a fresh one from <paramref name="build"/> (then cached).</summary>
    public RenderedCard GetOrBuild(Goal goal, GoalCardContext context, Func<RenderedCard> build)
    {
        if (_cache is null) return build();
        var key = new Key(goal, context.Period, context.Today, context.ViewerMayReport);
        if (_cache.TryGetValue(key, out Entry? hit) && hit!.Responsible.SequenceEqual(context.Responsible)) return hit.Card;

        var card = build();
        _cache.Set(key, new Entry(card, context.Responsible), new MemoryCacheEntryOptions
        {
            Size = card.Json.Length + 256, // the JSON plus the entry's own objects, roughly
            SlidingExpiration = TimeSpan.FromMinutes(30), // cards of replaced goals go even when the cache is not full
        });
        return card;
    }

    /// <summary>Estimated bytes held (for tests and diagnostics).</summary>
    public long SizeInBytes => _cache?.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public void Dispose() => _cache?.Dispose();

    private sealed record Entry(RenderedCard Card, IReadOnlyList<PersonRef> Responsible);

    /// <summary>Compares the goal by reference: a reloaded goal is a new object and must not find the old card.</summary>
    private readonly record struct Key(Goal Goal, ReportingPeriod? Period, DateOnly Today, bool MayReport)
    {
        public bool Equals(Key other) =>
            ReferenceEquals(Goal, other.Goal) && Period == other.Period && Today == other.Today && MayReport == other.MayReport;

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Goal), Period, Today, MayReport);
    }
}
