using System.Globalization;
using System.Text;

namespace StatusBot.Domain.Plans;

/// <summary>
/// Deterministic ids. A plan is keyed by (organisation, year, document); a goal by its plan and its number
/// (typed or derived at import), so re-importing a corrected document updates rows instead of adding them.
/// </summary>
public static class StableId
{
    public static string ForPlan(string organisation, int year, DocumentKind document) =>
        $"{Slug(organisation)}/{year.ToString(CultureInfo.InvariantCulture)}/{document.Token()}";

    public static string ForGoal(string planId, string key) => $"{planId}/{key}";

    public static string ForIndicator(string goalId, int position) =>
        $"{goalId}/i{position.ToString(CultureInfo.InvariantCulture)}";

    public static string ForActivity(string goalId, int position) =>
        $"{goalId}/a{position.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Lower-case ASCII slug: "Hägersten-Älvsjö stadsdelsnämnd" → "hagersten-alvsjo-stadsdelsnamnd".</summary>
    public static string Slug(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastDash = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
                lastDash = false;
            }
            else if (!lastDash)
            {
                sb.Append('-');
                lastDash = true;
            }
        }
        return sb.ToString().TrimEnd('-');
    }
}
