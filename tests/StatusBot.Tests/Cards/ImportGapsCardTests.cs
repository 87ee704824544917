using StatusBot.AdaptiveCards.Rendering;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Domain.Plans;
using StatusBot.Teams.Cards;

namespace StatusBot.Tests.Cards;

/// <summary>Issue 13: gaps stored by an import with --accept-gaps are shown to whoever asks for them in chat.</summary>
public sealed class ImportGapsCardTests
{
    [Theory]
    [InlineData("visa importluckor")]
    [InlineData("finns det luckor i importen?")]
    [InlineData("saknas något i importen?")]
    public void Asking_for_import_gaps_is_understood(string question) =>
        Assert.Equal(Intent.ImportGaps, QuestionParser.Parse(question).Intent);

    [Fact]
    public void The_card_lists_the_unread_table_lines_of_each_plan_before_the_notes()
    {
        var plan = new SyntheticPlans().Enskede;
        plan.ImportGaps.Add(new ImportGap(4711, "Andel nöjda brukare  90  %  Ökning", "värdena kunde inte tolkas"));

        var text = CardText.Render(ImportGapsCard.Build([plan]));

        Assert.Contains("Rader som inte kunde läsas in (1)", text);
        Assert.Contains("rad 4711", text);
        Assert.Contains("Andel nöjda brukare", text);
        Assert.DoesNotContain("Inget saknades", text);
    }
}
