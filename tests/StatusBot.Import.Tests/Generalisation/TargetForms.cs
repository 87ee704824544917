using System.Globalization;

namespace StatusBot.Import.Tests.Generalisation;

/// <summary>Target cells as plans write them besides plain numbers: direction words, phrases, bounds and ranges.</summary>
internal static class TargetForms
{
    private static readonly string[] Words = ["Ökning", "Minskning", "Oförändrat", "Tas fram av nämnd", "Tas fram av nämnd/styrelse", "Fastställs 2025", "öka", "minska"];

    private static readonly string[] Units = ["%", "st", "kr", "dagar", "index", "timmar", "personer"];

    public static string Word(Random rng) => Words[rng.Next(Words.Length)];


    /// <summary>A bound or a range with a number and a unit, e.g. "Högst 5 %", "10–20 dagar", "Mellan 3 och 7 st".</summary>
    public static string FreeText(Random rng)
    {
        var unit = Units[rng.Next(Units.Length)];
        var a = Number(rng);
        var b = Number(rng);
        return rng.Next(9) switch
        {
            0 => $"Högst {a} {unit}",
            1 => $"Minst {a} {unit}",
            2 => $"Max {a} {unit}",
            3 => $"Min {a} {unit}",
            4 => $"{a}–{b} {unit}",
            5 => $"{a}-{b} {unit}",
            6 => $"Mellan {a} och {b} {unit}",
            7 => $"Lägst {a} {unit}",
            _ => $"Under {a} {unit}",
        };
    }

    private static string Number(Random rng) => rng.Next(3) == 0
        ? (rng.Next(10, 999) / 10m).ToString("0.0", CultureInfo.GetCultureInfo("sv-SE"))
        : rng.Next(1, 99).ToString(CultureInfo.InvariantCulture);
}
