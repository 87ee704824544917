namespace StatusBot.Domain.Indicators;

/// <summary>"Periodicitet": how often an indicator is reported. Only these two occur in the documents.</summary>
public enum Periodicity
{
    /// <summary>Reported once a year (in the verksamhetsberättelse).</summary>
    Ar,

    /// <summary>Reported every tertial (T1, T2 and VB).</summary>
    Tertial,
}

public static class Periodicities
{
    public static string Token(this Periodicity p) => p == Periodicity.Ar ? "År" : "Tertial";

    public static Periodicity Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "år" or "ar" => Periodicity.Ar,
        "tertial" => Periodicity.Tertial,
        _ => throw new FormatException($"Okänd periodicitet: '{text}'."),
    };
}
