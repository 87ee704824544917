using System.Buffers;
using System.Text.Json;
using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Input;

/// <summary>
/// Applies <see cref="InboundText"/> to one parsed inbound activity: identifiers with an unsafe character refuse
/// the activity; free text (text, summary, names, mention texts, every string and property name of
/// <c>value</c>) is cleaned in place and the removals are counted.
/// </summary>
internal static class ActivitySanitiser
{
    /// <summary>Null when the activity may proceed (cleaned in place), else the name of the offending identifier.</summary>
    public static string? Sanitise(Activity activity, InputReport report)
    {
        var refused = FirstDirtyIdentifier(activity);
        if (refused is not null) return refused;

        activity.Text = Clean(activity.Text, report);
        activity.Summary = Clean(activity.Summary, report);
        CleanName(activity.From, report);
        CleanName(activity.Recipient, report);
        if (activity.Conversation is { } conversation) conversation.Name = Clean(conversation.Name, report);
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity is null) continue;
            entity.Text = Clean(entity.Text, report);
            CleanName(entity.Mentioned, report);
        }
        if (activity.Value is { } value) activity.Value = CleanJson(value, report);
        return null;
    }

    private static string? FirstDirtyIdentifier(Activity a)
    {
        (string Name, string? Value)[] identifiers =
        [
            ("type", a.Type.Value), ("id", a.Id), ("serviceUrl", a.ServiceUrl), ("channelId", a.ChannelId),
            ("replyToId", a.ReplyToId), ("name", a.Name), ("locale", a.Locale), ("textFormat", a.TextFormat),
            ("inputHint", a.InputHint),
            ("from.id", a.From?.Id), ("from.aadObjectId", a.From?.AadObjectId), ("from.role", a.From?.Role),
            ("recipient.id", a.Recipient?.Id), ("recipient.aadObjectId", a.Recipient?.AadObjectId), ("recipient.role", a.Recipient?.Role),
            ("conversation.id", a.Conversation?.Id), ("conversation.tenantId", a.Conversation?.TenantId),
            ("conversation.conversationType", a.Conversation?.ConversationType), ("channelData.tenant.id", a.ChannelData?.Tenant?.Id),
        ];
        foreach (var (name, value) in identifiers)
            if (value is not null && !InboundText.IsClean(value)) return name;
        foreach (var entity in a.Entities ?? [])
            if (entity?.Mentioned?.Id is { } id && !InboundText.IsClean(id)) return "entities.mentioned.id";
        return null;
    }

    private static void CleanName(Schema.ChannelAccount? account, InputReport report)
    {
        if (account is not null) account.Name = Clean(account.Name, report);
    }

    private static string? Clean(string? value, InputReport report) => value is null ? null : InboundText.Clean(value, report);

    /// <summary>The element with every string and property name cleaned; the same element when nothing changes.</summary>
    private static JsonElement CleanJson(JsonElement value, InputReport report)
    {
        if (IsClean(value)) return value;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            Write(value, writer, report);
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static bool IsClean(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => InboundText.IsClean(element.GetString()!),
        JsonValueKind.Object => element.EnumerateObject().All(p => InboundText.IsClean(p.Name) && IsClean(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().All(IsClean),
        _ => true,
    };

    private static void Write(JsonElement element, Utf8JsonWriter writer, InputReport report)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                writer.WriteStringValue(InboundText.Clean(element.GetString()!, report));
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(InboundText.Clean(property.Name, report));
                    Write(property.Value, writer, report);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray()) Write(item, writer, report);
                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
