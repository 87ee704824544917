namespace StatusBot.BotFramework.Input;

/// <summary>
/// Replaces JSON escapes of lone UTF-16 surrogates (<c>\ud800</c> without a following <c>\udc00</c>–<c>\udfff</c>,
/// or a low one without a high one before it) with <c>\ufffd</c>, in the raw request body.
/// </summary>
/// <remarks>
/// Hand-written because System.Text.Json refuses to materialise such a string (a JsonException for a typed field,
/// an InvalidOperationException from JsonElement.GetString inside a card value), so they must be gone before
/// parsing. Raw UTF-8 cannot encode a surrogate (the parser rejects it), and a backslash occurs in valid JSON only
/// inside strings, so a linear scan over the escapes is exact. <see cref="InboundText"/> then treats U+FFFD as a lone
/// surrogate: removed from free text, refused in identifiers.
/// </remarks>
internal static class LoneSurrogateEscapes
{
    private static readonly byte[] Replacement = "\\ufffd"u8.ToArray();

    /// <summary>The body with lone surrogate escapes replaced; the same array when there were none.</summary>
    public static byte[] Replace(byte[] body)
    {
        List<int>? lone = null;
        for (var i = 0; i < body.Length - 1; i++)
        {
            if (body[i] != (byte)'\\') continue;
            if (body[i + 1] != (byte)'u' || !TryReadUnit(body, i, out var unit)) { i++; continue; } // \" \\ \n …
            if (char.IsHighSurrogate(unit) && TryReadUnit(body, i + 6, out var next) && char.IsLowSurrogate(next))
            {
                i += 11; // a well-formed pair
                continue;
            }
            if (char.IsSurrogate(unit)) (lone ??= []).Add(i);
            i += 5;
        }
        if (lone is null) return body;

        var result = new byte[body.Length]; // each replacement has the escape's length
        body.CopyTo(result, 0);
        foreach (var at in lone) Replacement.CopyTo(result, at);
        return result;
    }

    private static bool TryReadUnit(byte[] body, int at, out char unit)
    {
        unit = default;
        if (at + 6 > body.Length || body[at] != (byte)'\\' || body[at + 1] != (byte)'u') return false;
        var value = 0;
        for (var k = at + 2; k < at + 6; k++)
        {
            var digit = HexValue(body[k]);
            if (digit < 0) return false;
            value = value * 16 + digit;
        }
        unit = (char)value;
        return true;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
