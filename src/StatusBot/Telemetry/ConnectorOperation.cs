namespace StatusBot.Telemetry;

/// <summary>
/// Names a Bot Connector call by its route shape, never by the ids in its path (ids would make every
/// conversation its own metric series).
/// </summary>
public static class ConnectorOperation
{
    public static string Of(HttpMethod method, Uri? uri)
    {
        // Segments after ".../v3/": conversations[/{id}[/activities[/{activityId}]]]
        var segments = uri?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var v3 = Array.FindLastIndex(segments, s => s.Equals("v3", StringComparison.OrdinalIgnoreCase));
        var route = v3 < 0 ? [] : segments[(v3 + 1)..];
        if (route.Length == 0 || !route[0].Equals("conversations", StringComparison.OrdinalIgnoreCase)) return "other";
        return (route.Length, method.Method) switch
        {
            (1, "POST") => "create_conversation",
            (3, "POST") when IsActivities(route[2]) => "send_to_conversation",
            (4, "POST") when IsActivities(route[2]) => "reply_to_activity",
            (4, "PUT") when IsActivities(route[2]) => "update_activity",
            (4, "DELETE") when IsActivities(route[2]) => "delete_activity",
            _ => "other",
        };
    }

    private static bool IsActivities(string segment) => segment.Equals("activities", StringComparison.OrdinalIgnoreCase);
}
