namespace StatusBot.Import.Accounting;

/// <summary>What the table reader did with a line; a line it never marks counts as unclear.</summary>
internal enum TableLineUse
{
    Row,
    Layout,
    Unclear,
}
