using System.Diagnostics;

namespace StatusBot.LatencyBench;

/// <summary>
/// The one clock every stamp uses. The bot, the fake connector and the client share a process, so a single
/// monotonic timestamp source makes "request start" and "reply arrived" directly comparable.
/// </summary>
internal static class BenchClock
{
    public static long Now() => Stopwatch.GetTimestamp();

    public static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
