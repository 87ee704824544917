using StatusBot.Domain.Outcomes;

namespace StatusBot.Storage.Tests.Contract;

/// <summary>
/// Field-by-field equality of outcome entries: OutcomeContent's lists compare by reference as a record, so
/// entries read back from the store are compared item by item instead.
/// </summary>
internal static class OutcomeAssert
{
    public static void Equal(OutcomeEntry expected, OutcomeEntry? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.GoalId, actual.GoalId);
        Assert.Equal(expected.Period, actual.Period);
        Assert.Equal(expected.State, actual.State);
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.BasedOnVersion, actual.BasedOnVersion);
        Assert.Equal(expected.AuthorId, actual.AuthorId);
        Assert.Equal(expected.AuthorName, actual.AuthorName);
        Assert.Equal(expected.RecordedAt, actual.RecordedAt);
        Assert.Equal(expected.SourceActivityId, actual.SourceActivityId);
        Assert.Equal(expected.Content.Bedomning, actual.Content.Bedomning);
        Assert.Equal(expected.Content.Analysis, actual.Content.Analysis);
        Assert.Equal(expected.Content.Indicators, actual.Content.Indicators);
        Assert.Equal(expected.Content.Activities, actual.Content.Activities);
    }

    public static void Equal(IReadOnlyList<OutcomeEntry> expected, IReadOnlyList<OutcomeEntry> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++) Equal(expected[i], actual[i]);
    }
}
