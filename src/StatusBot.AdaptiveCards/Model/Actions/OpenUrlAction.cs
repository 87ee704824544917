namespace StatusBot.AdaptiveCards.Model.Actions;

public sealed class OpenUrlAction(string url) : CardAction
{
    public string Url { get; set; } = url;
}
