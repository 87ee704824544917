namespace StatusBot.Application.Reminders;

/// <summary>
/// A person's manager (UPN), for escalation to the chief's manager. The Graph-backed, cached implementation belongs
/// to the people integration; without it nobody's manager is known and only coordinators are escalated to.
/// </summary>
public interface IManagerDirectory
{
    string? ManagerOf(string upn);
}

public sealed class NoManagers : IManagerDirectory
{
    public string? ManagerOf(string upn) => null;
}
