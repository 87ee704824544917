namespace StatusBot.Domain.Indicators;

/// <summary>What a target cell means.</summary>
public enum TargetKind
{
    /// <summary>No value in the cell.</summary>
    Empty,

    /// <summary>A number, with or without unit: "2,7 %", "15 st", "1 000 st", "4,9", "1,4 kg CO2 per kg livsmedel".</summary>
    Number,

    /// <summary>A direction only: "Ökning", "Minskning", "öka".</summary>
    Direction,

    /// <summary>A tolerance band: "+/-1 %".</summary>
    Band,

    /// <summary>An upper bound: "Max 10 personer".</summary>
    Max,

    /// <summary>Free text: "Fastställs 2024", "Tas fram av nämnd", "Tas fram av nämnd/styrelse".</summary>
    Text,
}
