namespace StatusBot.BotFramework.Input;

/// <summary>
/// What the protocol layer removed from one inbound activity's free text, per kind, so the app can tell the user in
/// Swedish (e.g. "Osynliga tecken togs bort ur ditt svar.") or log it. Counts only, never the text.
/// </summary>
public sealed class InputReport
{
    private readonly int[] _counts = new int[Enum.GetValues<UnsafeCharacterKind>().Length];

    /// <summary>A report of an activity nothing was removed from.</summary>
    public static InputReport None => new();

    /// <summary>True when anything was removed.</summary>
    public bool AnythingRemoved => _counts.Any(c => c > 0);

    /// <summary>How many characters of <paramref name="kind"/> were removed.</summary>
    public int Removed(UnsafeCharacterKind kind) => _counts[(int)kind];

    /// <summary>The kinds removed at least once.</summary>
    public IReadOnlyList<UnsafeCharacterKind> RemovedKinds =>
        Enum.GetValues<UnsafeCharacterKind>().Where(k => _counts[(int)k] > 0).ToArray();

    internal void Count(UnsafeCharacterKind kind) => _counts[(int)kind]++;
}
