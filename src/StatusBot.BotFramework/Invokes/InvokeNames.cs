namespace StatusBot.BotFramework.Invokes;

/// <summary>The names of the invoke activities Teams sends to a bot (the activity's <c>name</c>).</summary>
public static class InvokeNames
{
    /// <summary>Universal Actions: an Action.Execute or a card refresh.</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>A search-based message extension: the user typed in the compose box or the command box.</summary>
    public const string ComposeExtensionQuery = "composeExtension/query";

    /// <summary>Link unfurling: a URL of one of the app's domains was pasted into a message.</summary>
    public const string ComposeExtensionQueryLink = "composeExtension/queryLink";

    /// <summary>A dialog (task module) is being opened.</summary>
    public const string TaskFetch = "task/fetch";

    /// <summary>A dialog (task module) was submitted.</summary>
    public const string TaskSubmit = "task/submit";
}
