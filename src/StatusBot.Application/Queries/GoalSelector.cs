namespace StatusBot.Application.Queries;

/// <summary>Names one goal: by number ("3.6.1", read in the caller's organisations) or by its stable id.</summary>
public sealed record GoalSelector(string? Number, string? Id)
{
    public static GoalSelector ByNumber(string number) => new(number, null);

    public static GoalSelector ById(string id) => new(null, id);
}
