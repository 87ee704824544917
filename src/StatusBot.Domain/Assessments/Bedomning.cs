namespace StatusBot.Domain.Assessments;

/// <summary>"Bedömning": whether a goal is fulfilled. At T1 and T2 it is the forecast for the year.</summary>
public enum Bedomning
{
    UppfyllsHelt,
    UppfyllsDelvis,
    UppfyllsInte,
}

public static class Bedomningar
{
    /// <summary>The label exactly as the documents print it.</summary>
    public static string Label(this Bedomning b) => b switch
    {
        Bedomning.UppfyllsHelt => "Uppfylls helt",
        Bedomning.UppfyllsDelvis => "Uppfylls delvis",
        Bedomning.UppfyllsInte => "Uppfylls inte",
        _ => throw new ArgumentOutOfRangeException(nameof(b)),
    };

    public static bool TryParse(string? label, out Bedomning bedomning)
    {
        bedomning = default;
        var t = label?.Trim().TrimEnd('.').ToLowerInvariant();
        switch (t)
        {
            case "uppfylls helt": bedomning = Bedomning.UppfyllsHelt; return true;
            case "uppfylls delvis": bedomning = Bedomning.UppfyllsDelvis; return true;
            case "uppfylls inte": bedomning = Bedomning.UppfyllsInte; return true;
            default: return false;
        }
    }
}
