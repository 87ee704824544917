using System.Globalization;

namespace StatusBot.Domain.Plans;

/// <summary>
/// A line in one of the document's indicator or activity tables that the importer could neither read into a row nor
/// recognise as layout, kept with the plan when the coordinator imported it anyway ("--accept-gaps"), so that what
/// may be missing stays visible.
/// </summary>
public sealed record ImportGap(int LineNumber, string Text, string Reason)
{
    /// <summary>"rad 512: \"14,5 st 90 %\" (…)".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"rad {LineNumber}: \"{Text}\" ({Reason})");
}
