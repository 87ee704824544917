using System.Text.Json;
using System.Text.Unicode;
using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Input;

/// <summary>
/// Turns a request body into an activity the app may see, or a refusal reason (a 400): not JSON, not an activity,
/// missing where to reply or who asks, a service URL that is not an absolute http(s) URL, or an identifier with an
/// unsafe character. Free text is cleaned and the removals reported.
/// </summary>
internal static class InboundActivityReader
{
    /// <summary>The activity and what was removed from it, or the refusal reason (a fixed phrase for the log).</summary>
    public static (Activity? Activity, InputReport Report, string? Refusal) Read(byte[] body)
    {
        var report = new InputReport();
        // System.Text.Json checks UTF-8 only where it materialises a string: a damaged byte inside a card value would
        // surface later, in the app, as an InvalidOperationException. Checked once, here.
        if (!Utf8.IsValid(body)) return (null, report, "body is not valid UTF-8");
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(LoneSurrogateEscapes.Replace(body), BotFrameworkJsonContext.Default.Activity);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return (null, report, "body is not an activity");
        }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type.Value)) return (null, report, "body is not an activity");
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) || string.IsNullOrWhiteSpace(activity.Conversation?.Id) || activity.From is null)
            return (null, report, "activity lacks serviceUrl, conversation or from");

        var dirty = ActivitySanitiser.Sanitise(activity, report);
        if (dirty is not null) return (null, report, $"unsafe character in {dirty}");
        if (!IsAbsoluteHttpUrl(activity.ServiceUrl)) return (null, report, "service URL is not an absolute http(s) URL");
        return (activity, report, null);
    }

    /// <summary>An absolute http or https URL with a host and no user info: the only shape a Connector endpoint has.</summary>
    public static bool IsAbsoluteHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host) && string.IsNullOrEmpty(uri.UserInfo);
}
