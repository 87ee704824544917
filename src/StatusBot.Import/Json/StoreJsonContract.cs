using StatusBot.Domain.Indicators;

namespace StatusBot.Import.Json;

/// <summary>
/// The names and tokens of the export format (docs/export-format.md). Tokens are spelled out here rather
/// than taken from enum names so that renaming a C# member can never change the file format.
/// </summary>
public static class StoreJsonContract
{
    public const string Format = "statusbot-export";

    /// <summary>The version this build writes and the newest it reads.</summary>
    public const int Version = 1;

    public static string DirectionToken(Direction direction) => direction switch
    {
        Direction.Unknown => "unknown",
        Direction.Higher => "higher",
        Direction.Lower => "lower",
        Direction.Band => "band",
        Direction.Max => "max",
        _ => throw new ArgumentOutOfRangeException(nameof(direction)),
    };

    public static bool TryParseDirection(string token, out Direction direction)
    {
        direction = token switch
        {
            "unknown" => Direction.Unknown,
            "higher" => Direction.Higher,
            "lower" => Direction.Lower,
            "band" => Direction.Band,
            "max" => Direction.Max,
            _ => (Direction)(-1),
        };
        return Enum.IsDefined(direction);
    }

    public static string TargetKindToken(TargetKind kind) => kind switch
    {
        TargetKind.Number => "number",
        TargetKind.Direction => "direction",
        TargetKind.Band => "band",
        TargetKind.Max => "max",
        TargetKind.Text => "text",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An empty target is written as null."),
    };

    public static bool TryParseTargetKind(string token, out TargetKind kind)
    {
        kind = token switch
        {
            "number" => TargetKind.Number,
            "direction" => TargetKind.Direction,
            "band" => TargetKind.Band,
            "max" => TargetKind.Max,
            "text" => TargetKind.Text,
            _ => TargetKind.Empty,
        };
        return kind != TargetKind.Empty;
    }
}
