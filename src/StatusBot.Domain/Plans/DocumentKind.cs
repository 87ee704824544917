namespace StatusBot.Domain.Plans;

/// <summary>The kind of steering document a plan was read from.</summary>
public enum DocumentKind
{
    /// <summary>Verksamhetsplan: the annual plan (nämnd or unit level).</summary>
    Verksamhetsplan,

    /// <summary>Verksamhetsberättelse: the year-end report with assessments and outcomes.</summary>
    Verksamhetsberattelse,
}

public static class DocumentKinds
{
    /// <summary>The stable token used in ids and the export contract.</summary>
    public static string Token(this DocumentKind kind) => kind switch
    {
        DocumentKind.Verksamhetsplan => "verksamhetsplan",
        DocumentKind.Verksamhetsberattelse => "verksamhetsberattelse",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static DocumentKind Parse(string token) => token.Trim().ToLowerInvariant() switch
    {
        "verksamhetsplan" or "vp" => DocumentKind.Verksamhetsplan,
        "verksamhetsberattelse" or "verksamhetsberättelse" or "vb" => DocumentKind.Verksamhetsberattelse,
        _ => throw new FormatException($"Okänd dokumenttyp: '{token}'."),
    };

    public static string DisplayName(this DocumentKind kind) => kind switch
    {
        DocumentKind.Verksamhetsplan => "Verksamhetsplan",
        DocumentKind.Verksamhetsberattelse => "Verksamhetsberättelse",
        _ => kind.ToString(),
    };
}
