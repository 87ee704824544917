using StatusBot.AdaptiveCards.Rendering;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Import.Accounting;
using StatusBot.Teams.Cards;

namespace StatusBot.Tests.Cards;

/// <summary>
/// Every Swedish sentence the cards and commands build around a number, at 0, 1, 2, 5 and 21: the singular only for
/// one, and no "1 ansvariga" or "fältet som är markerade" (issue 15).
/// </summary>
public sealed class SwedishAgreementTests
{
    public static TheoryData<int> Counts => [0, 1, 2, 5, 21];

    [Theory]
    [MemberData(nameof(Counts))]
    public void The_form_says_how_many_fields_to_fix(int n)
    {
        var text = OutcomeFormCard.ErrorSummary(n);
        Assert.Equal(n == 1 ? "Rätta fältet som är markerat nedan." : $"Rätta de {n} fälten som är markerade nedan.", text);
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public void The_history_counts_submitted_outcomes(int n)
    {
        var plans = new SyntheticPlans();
        var goal = plans.Nm361;
        var entries = Enumerable.Range(1, n).Select(v => new OutcomeEntry(goal.Id, new ReportingPeriod(2023, PeriodKind.VB), OutcomeState.Submitted, new OutcomeContent())
        {
            Version = v, AuthorId = "aad-anna", AuthorName = "Anna", RecordedAt = new DateTimeOffset(2023, 12, 1, 12, 0, 0, TimeSpan.Zero),
        }).ToList();

        var card = OutcomeHistoryCard.Build(goal, entries);

        var expected = n == 1 ? "1 inskickat utfall" : $"{n} inskickade utfall";
        Assert.EndsWith(expected, card.FallbackText);
        // An empty history says so in words; otherwise the count heads the list.
        if (n > 0) Assert.Contains(expected + ", det senaste först.", CardText.Render(card));
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public void The_import_summary_agrees_in_every_part(int n)
    {
        var gaps = Enumerable.Range(1, n).Select(i => new StatusBot.Domain.Plans.ImportGap(i, "x", "oklar")).ToList();
        var account = new TableLineAccount(n, n, n, gaps);
        var word = (string one, string many) => n == 1 ? one : many;
        Assert.Equal($"{n} {word("rad", "rader")} i tabeller: {n} {word("inläst", "inlästa")}, {n} {word("ignorerad", "ignorerade")} som sidhuvud/sidfot, {n} {word("oklar", "oklara")}",
            account.Summary);
    }
}
