namespace StatusBot.Teams.Cards;

/// <summary>
/// The verbs of the Action.Execute buttons our cards carry. The bot's invoke handler switches on these, so a
/// card and its handler cannot drift apart.
/// </summary>
public static class CardVerbs
{
    /// <summary>Open the outcome form for a goal and period. Data: <see cref="CardData.GoalId"/>, <see cref="CardData.Period"/>.</summary>
    public const string Rapportera = "rapportera";

    /// <summary>Show a goal's status card. Data: <see cref="CardData.GoalId"/>.</summary>
    public const string VisaMal = "visaMal";

    /// <summary>Show all indicators of a goal. Data: <see cref="CardData.GoalId"/>.</summary>
    public const string VisaIndikatorer = "visaIndikatorer";

    /// <summary>Save the outcome form as the user's draft. Data: goalId, period, version, and the form's inputs.</summary>
    public const string SparaUtkast = "sparaUtkast";

    /// <summary>Submit the outcome form. Data: goalId, period, version, and the form's inputs.</summary>
    public const string SkickaIn = "skickaIn";

    /// <summary>Leave the outcome form without saving; answers with the status card. Data: goalId.</summary>
    public const string Avbryt = "avbryt";

    /// <summary>True for a verb our cards carry.</summary>
    public static bool IsKnown(string? verb) => verb is Rapportera or VisaMal or VisaIndikatorer or SparaUtkast or SkickaIn or Avbryt;

    /// <summary>True for the verbs that open a form or save something: those act in a person's name.</summary>
    public static bool Changes(string? verb) => verb is Rapportera or SparaUtkast or SkickaIn;
}
