namespace StatusBot.Domain.Goals;

/// <summary>The four levels of Stockholm's goal hierarchy (see the glossary in README).</summary>
public enum GoalLevel
{
    /// <summary>KF:s inriktningsmål (1–3).</summary>
    Inriktningsmal,

    /// <summary>KF:s mål för verksamhetsområdet (e.g. 3.6).</summary>
    Verksamhetsomradesmal,

    /// <summary>Nämndmål (e.g. 3.6.1), typed in the document or derived from its position.</summary>
    Namndmal,

    /// <summary>Enhetsmål: a unit's own goal under a nämndmål; never numbered in the documents.</summary>
    Enhetsmal,
}

public static class GoalLevels
{
    /// <summary>The stable token used in the export contract.</summary>
    public static string Token(this GoalLevel level) => level switch
    {
        GoalLevel.Inriktningsmal => "inriktningsmal",
        GoalLevel.Verksamhetsomradesmal => "verksamhetsomradesmal",
        GoalLevel.Namndmal => "namndmal",
        GoalLevel.Enhetsmal => "enhetsmal",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static GoalLevel Parse(string token) => token.Trim().ToLowerInvariant() switch
    {
        "inriktningsmal" => GoalLevel.Inriktningsmal,
        "verksamhetsomradesmal" => GoalLevel.Verksamhetsomradesmal,
        "namndmal" => GoalLevel.Namndmal,
        "enhetsmal" => GoalLevel.Enhetsmal,
        _ => throw new FormatException($"Okänd målnivå: '{token}'."),
    };

    /// <summary>Swedish name as users read it.</summary>
    public static string DisplayName(this GoalLevel level) => level switch
    {
        GoalLevel.Inriktningsmal => "KF:s inriktningsmål",
        GoalLevel.Verksamhetsomradesmal => "KF:s mål för verksamhetsområdet",
        GoalLevel.Namndmal => "Nämndmål",
        GoalLevel.Enhetsmal => "Enhetsmål",
        _ => level.ToString(),
    };
}
