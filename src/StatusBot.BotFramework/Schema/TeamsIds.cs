namespace StatusBot.BotFramework.Schema;

/// <summary>
/// Teams' id formats in one place: a user's MRI is "8:orgid:{Entra object id}" (or "29:…", the id a bot sees in
/// 'from.id'), a bot's is "28:{app id}". Universal Actions' refresh lists users by MRI; proactive messages name the
/// bot by its MRI.
/// </summary>
public static class TeamsIds
{
    /// <summary>Prefix of a user's MRI built from an Entra object id.</summary>
    public const string UserPrefix = "8:orgid:";

    /// <summary>Prefix of the user id Teams puts in an activity's 'from.id'.</summary>
    public const string ChannelUserPrefix = "29:";

    /// <summary>Prefix of a bot's MRI.</summary>
    public const string BotPrefix = "28:";

    /// <summary>True for an id already in one of Teams' user MRI forms.</summary>
    public static bool IsUserMri(string id) =>
        id.StartsWith("8:", StringComparison.Ordinal) || id.StartsWith(ChannelUserPrefix, StringComparison.Ordinal);

    /// <summary>A user's MRI from an Entra object id; ids already in MRI form stay as they are.</summary>
    public static string UserMri(string userId) => IsUserMri(userId) ? userId : UserPrefix + userId;

    /// <summary>A bot's MRI from its app id; an id already in that form stays.</summary>
    public static string BotMri(string appId) => appId.StartsWith(BotPrefix, StringComparison.Ordinal) ? appId : BotPrefix + appId;
}
