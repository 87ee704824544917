namespace StatusBot.Teams.Cards;

/// <summary>Keys of the data object our actions send back to the bot.</summary>
public static class CardData
{
    /// <summary>A goal's stable id (Goal.Id).</summary>
    public const string GoalId = "goalId";

    /// <summary>A reporting period in its canonical form, "T2 2026" (ReportingPeriod.ToString/Parse).</summary>
    public const string Period = "period";

    /// <summary>
    /// The question text of an example button, for hosts without Teams' imBack (Teams itself posts the text
    /// as an ordinary message, see <see cref="HelpCard"/>).
    /// </summary>
    public const string Question = "question";

    /// <summary>The submitted version the outcome form was built from (a number; 0 before the first submission).</summary>
    public const string Version = "version";

    /// <summary>The verb again, inside the data, for Action.Submit clients (their message value has no verb).</summary>
    public const string Verb = "verb";
}
