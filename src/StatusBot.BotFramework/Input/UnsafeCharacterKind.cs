namespace StatusBot.BotFramework.Input;

/// <summary>Characters the protocol layer does not let into the app (see <see cref="InboundText"/>).</summary>
public enum UnsafeCharacterKind
{
    /// <summary>A lone UTF-16 surrogate (JSON <c>\ud800</c> without its pair), or U+FFFD standing in for one.</summary>
    LoneSurrogate,
    /// <summary>C0 controls other than tab, line feed and carriage return (NUL, ESC, …), DEL and C1 controls.</summary>
    ControlCharacter,
    /// <summary>Bidirectional formatting controls (RLO U+202E, isolates U+2066–U+2069, marks U+200E/U+200F/U+061C, …).</summary>
    BidiControl,
    /// <summary>Invisible characters: zero-width space/joiners U+200B–U+200D, word joiner U+2060, BOM U+FEFF, soft hyphen, …</summary>
    ZeroWidth,
}
