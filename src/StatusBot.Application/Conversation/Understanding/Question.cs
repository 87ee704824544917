using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;

namespace StatusBot.Application.Conversation.Understanding;

/// <summary>A parsed question: the intent and whatever the asker named. Unnamed parts are null.</summary>
public sealed record Question(Intent Intent)
{
    /// <summary>The text as understood: mention stripped, whitespace collapsed (empty when too long).</summary>
    public string Text { get; init; } = "";

    /// <summary>Canonical goal number, "3.6.1".</summary>
    public string? GoalNumber { get; init; }

    /// <summary>The level when the asker named one ("nämndmål", "verksamhetsområdesmål 3.6").</summary>
    public GoalLevel? Level { get; init; }

    /// <summary>Content words for a free-text search, lower case, stop words removed.</summary>
    public string? SearchText { get; init; }

    public Bedomning? Bedomning { get; init; }

    public PeriodScope? Period { get; init; }

    /// <summary>An organisation named in the question ("i Hägersten-Älvsjö"), as typed.</summary>
    public string? OrganisationHint { get; init; }

    /// <summary>What kind of answer the wording asks for beyond the intent (counts, indicators, tree, follow-ups).</summary>
    public Asks Asks { get; init; } = Asks.Nothing;

    /// <summary>Why the question was not understood (Swedish, for the asker).</summary>
    public string? Reason { get; init; }
}
