using StatusBot.Application.Reminders;
using StatusBot.Application.Responsibilities;

namespace StatusBot.Graph;

/// <summary>Managers for escalation, from what Graph has resolved (cache only: planning must not call Graph).</summary>
public sealed class GraphManagerDirectory(IPeopleDirectory people) : IManagerDirectory
{
    public string? ManagerOf(string upn) => people.KnownManagerOf(upn);
}
