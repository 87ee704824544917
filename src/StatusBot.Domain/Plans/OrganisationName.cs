using System.Globalization;
using System.Text;

namespace StatusBot.Domain.Plans;

/// <summary>
/// The one comparison of organisation names where rights are decided: exact after normalisation, never fuzzy
/// ("Farsta" must not match "Enskede-Årsta-Vantör"). Normalising folds case, white space and dash variants and
/// drops the generic ending and its genitive, so "Hägersten-Älvsjö" is "Hägersten-Älvsjö stadsdelsnämnd" and
/// "Enskede-Årsta-Vantör" is "Enskede-Årsta-Vantörs stadsdelsnämnd".
/// </summary>
public static class OrganisationName
{
    private static readonly string[] GenericEndings =
    [
        "stadsdelsnämnden", "stadsdelsnämnd", "stadsdelsförvaltningen", "stadsdelsförvaltning",
        "nämnden", "nämnd", "förvaltningen", "förvaltning", "sdn", "sdf",
    ];

    public static bool Same(string? a, string? b) =>
        a is not null && b is not null && Normalise(a) is { Length: > 0 } na && na == Normalise(b);

    /// <summary>The comparable form: lower case, single spaces, '-' for every dash, no generic ending or genitive -s.</summary>
    public static string Normalise(string name)
    {
        var text = name.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("sv-SE"));
        var words = text
            .Replace('\u2010', '-').Replace('\u2011', '-').Replace('\u2013', '-').Replace('\u2014', '-')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .ToList();
        if (words.Count > 1 && GenericEndings.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
            // "Enskede-Årsta-Vantörs stadsdelsnämnd": the genitive belongs to the ending just dropped.
            if (words[^1] is { Length: > 3 } last && last.EndsWith('s')) words[^1] = last[..^1];
        }
        return string.Join(' ', words);
    }
}
