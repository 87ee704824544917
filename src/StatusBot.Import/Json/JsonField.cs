using System.Globalization;
using System.Text.Json;

namespace StatusBot.Import.Json;

/// <summary>
/// Typed access to one JSON object with its path, so every error says where it is
/// ("plans[0].goals[3].title: texten saknas"). Absent and null are treated alike for optional fields.
/// </summary>
internal readonly struct JsonField(JsonElement element, string path)
{
    public string Path => path;

    public static JsonField Object(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Object ? new JsonField(element, path) : throw Error(path, "väntade ett objekt");

    public bool Has(string name) => element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public string RequiredString(string name) =>
        OptionalString(name) ?? throw Error(At(name), "fältet saknas");

    public string? OptionalString(string name) => Get(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        _ => throw Error(At(name), "väntade en text"),
    };

    public int RequiredInt(string name) => Get(name) switch
    {
        null => throw Error(At(name), "fältet saknas"),
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt32(out var i) => i,
        _ => throw Error(At(name), "väntade ett heltal"),
    };

    public decimal? OptionalDecimal(string name) => Get(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } v when v.TryGetDecimal(out var d) => d,
        _ => throw Error(At(name), "väntade ett tal"),
    };

    public bool Bool(string name, bool absent = false) => Get(name) switch
    {
        null => absent,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw Error(At(name), "väntade true eller false"),
    };

    public DateOnly? OptionalDate(string name) => OptionalString(name) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(At(name), $"'{text}' är inget datum på formen ÅÅÅÅ-MM-DD");

    public DateTimeOffset? OptionalTimestamp(string name) => OptionalString(name) is not { } text ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : throw Error(At(name), $"'{text}' är ingen tidpunkt enligt ISO 8601");

    /// <summary>The elements of an array field with their paths; an absent field is an empty array unless required.</summary>
    public IEnumerable<(JsonElement Element, string Path)> Array(string name, bool required = false)
    {
        var value = Get(name);
        if (value is null)
        {
            if (required) throw Error(At(name), "fältet saknas");
            return [];
        }
        if (value.Value.ValueKind != JsonValueKind.Array) throw Error(At(name), "väntade en lista");
        var at = At(name);
        return value.Value.EnumerateArray().Select((e, i) => (e, $"{at}[{i}]")).ToList();
    }

    public IEnumerable<string> Strings(string name) =>
        Array(name).Select(item => item.Element.ValueKind == JsonValueKind.String
            ? item.Element.GetString()!
            : throw Error(item.Path, "väntade en text"));

    public IEnumerable<KeyValuePair<string, string>> StringMap(string name)
    {
        var value = Get(name);
        if (value is null) return [];
        var at = At(name);
        if (value.Value.ValueKind != JsonValueKind.Object) throw Error(at, "väntade ett objekt");
        return value.Value.EnumerateObject().Select(p => p.Value.ValueKind == JsonValueKind.String
            ? KeyValuePair.Create(p.Name, p.Value.GetString()!)
            : throw Error($"{at}.{p.Name}", "väntade en text")).ToList();
    }

    public JsonField? OptionalObject(string name) => Get(name) is { } value ? Object(value, At(name)) : null;

    public string At(string name) => $"{path}.{name}";

    public static StoreJsonException Error(string path, string problem) => new($"{path}: {problem}.", path: path);

    private JsonElement? Get(string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}
