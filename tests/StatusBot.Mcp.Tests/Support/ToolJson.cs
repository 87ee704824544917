using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace StatusBot.Mcp.Tests.Support;

/// <summary>Reading a tool result the way an agent would: the structured JSON and the text.</summary>
internal static class ToolJson
{
    public static JsonElement Structured(CallToolResult result) =>
        result.StructuredContent ?? throw new Xunit.Sdk.XunitException("The tool returned no structured content: " + Text(result));

    public static string Kind(CallToolResult result) => Structured(result).GetProperty("kind").GetString()!;

    public static string Text(CallToolResult result) =>
        string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text));

    public static IReadOnlyList<string> Ids(JsonElement goals) =>
        [.. goals.EnumerateArray().Select(g => g.GetProperty("id").GetString()!)];

    public static bool IsError(CallToolResult result) => result.IsError == true;
}
