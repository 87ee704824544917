using StatusBot.Domain.Plans;

namespace StatusBot.Import;

/// <summary>
/// What the caller (command line, upload form) says about the document. A value given here wins over what the
/// document says (the documents carry no structured metadata, and the coordinator knows best); a value left null
/// is read from the document, and when neither has it the import fails with a Swedish message.
/// </summary>
public sealed record ImportOptions
{
    public static readonly ImportOptions None = new();

    /// <summary>The nämnd or unit, e.g. "Hägersten-Älvsjö stadsdelsnämnd".</summary>
    public string? Organisation { get; init; }

    /// <summary>For unit plans: the nämnd the unit belongs to.</summary>
    public string? ParentOrganisation { get; init; }

    public int? Year { get; init; }

    public DocumentKind? Document { get; init; }

    /// <summary>Files larger than this are refused unread (the seeds are below 1 MB, PDFs of 150 pages a few MB).</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;
}
