namespace StatusBot.Application.ReadModel;

/// <summary>Where in a goal a search word was found; earlier members rank higher.</summary>
public enum MatchField
{
    Title,
    Indicator,
    Activity,
    Description,
}

internal static class MatchFields
{
    /// <summary>Title hits outrank indicator names, which outrank activities and running text.</summary>
    public static float Weight(this MatchField field) => field switch
    {
        MatchField.Title => 3f,
        MatchField.Indicator => 2f,
        MatchField.Activity => 1f,
        _ => 0.6f,
    };
}
