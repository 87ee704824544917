namespace StatusBot.Application.ReadModel;

/// <summary>Damerau-Levenshtein distance (optimal string alignment), cut off early once it exceeds a bound.</summary>
internal static class EditDistance
{
    /// <summary>The distance between a and b, or <paramref name="max"/> + 1 when it is larger than max.</summary>
    public static int Bounded(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a == b) return 0;
        var n = a.Length;
        var m = b.Length;
        // Three rows are enough for transpositions; stackalloc keeps the fuzzy fallback free of garbage.
        Span<int> prevPrev = stackalloc int[m + 1];
        Span<int> prev = stackalloc int[m + 1];
        Span<int> cur = stackalloc int[m + 1];
        for (var j = 0; j <= m; j++) prev[j] = j;
        for (var i = 1; i <= n; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= m; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d = Math.Min(d, prevPrev[j - 2] + 1);
                cur[j] = d;
                if (d < rowMin) rowMin = d;
            }
            if (rowMin > max) return max + 1;
            var t = prevPrev;
            prevPrev = prev;
            prev = cur;
            cur = t;
        }
        return prev[m] <= max ? prev[m] : max + 1;
    }

    /// <summary>The typo tolerance for a word of this length: none below 4, one up to 7, two from 8.</summary>
    public static int AllowedFor(int length) => length < 4 ? 0 : length <= 7 ? 1 : 2;
}
