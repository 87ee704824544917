namespace StatusBot.Tests.Faults;

/// <summary>Runs a call on the thread pool and fails the test if it does not finish in time (a hang).</summary>
internal static class Bounded
{
    public static T Run<T>(Func<T> call, TimeSpan limit, string input)
    {
        var task = Task.Run(call);
        if (!task.Wait(limit))
            Assert.Fail($"Hung for more than {limit.TotalSeconds} s on input: {Describe(input)}");
        return task.Result;
    }

    public static string Describe(string input) =>
        "\"" + string.Concat(input.Take(200).Select(c => c < 0x20 || char.IsSurrogate(c) || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}
