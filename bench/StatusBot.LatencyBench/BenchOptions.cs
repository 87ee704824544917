using System.Globalization;

namespace StatusBot.LatencyBench;

/// <summary>Command line: <c>--count N --concurrency C --warmup W</c>.</summary>
internal sealed record BenchOptions(int Count, int Concurrency, int Warmup)
{
    public static readonly BenchOptions Default = new(Count: 2000, Concurrency: 16, Warmup: 200);

    public const string Usage = "usage: StatusBot.LatencyBench [--count 2000] [--concurrency 16] [--warmup 200]";

    /// <summary>The options, or an error message for the first bad argument.</summary>
    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = Default;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "-h" or "--help") return (null, Usage);
            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                return (null, $"{args[i]} needs a non-negative whole number\n{Usage}");
            switch (args[i])
            {
                case "--count" when value > 0: options = options with { Count = value }; break;
                case "--concurrency" when value > 0: options = options with { Concurrency = value }; break;
                case "--warmup": options = options with { Warmup = value }; break;
                default: return (null, $"unknown or out-of-range option {args[i]} {args[i + 1]}\n{Usage}");
            }
            i++;
        }
        return (options, null);
    }
}
