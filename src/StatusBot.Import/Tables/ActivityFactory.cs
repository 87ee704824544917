using StatusBot.Domain.Activities;
using StatusBot.Domain.Goals;

namespace StatusBot.Import.Tables;

/// <summary>Turns an activity row into the domain object and reports dates that do not fit the plan year.</summary>
internal static class ActivityFactory
{
    public static Activity Create(string id, ActivityRow row, GoalLevel goalLevel, string? analysis, int year, Action<string> warn)
    {
        var activity = new Activity(id, row.Title)
        {
            Start = row.Start,
            End = row.End,
            Deviation = row.Deviation,
            Analysis = analysis,
            // Directly under a VO, before its first nämndmål: a council assignment (DOMAIN §4.2).
            IsCouncilAssignment = goalLevel == GoalLevel.Verksamhetsomradesmal,
        };
        if (row.Start is null || row.End is null)
            warn($"Aktiviteten \"{row.Title}\" har ett ogiltigt datum ({row.StartRaw} – {row.EndRaw}).");
        else if (row.End < row.Start)
            warn($"Aktiviteten \"{row.Title}\" slutar ({row.EndRaw}) före den börjar ({row.StartRaw}).");
        else if (row.End.Value.Year < year)
            warn($"Aktiviteten \"{row.Title}\" slutade {row.EndRaw}, före dokumentets år {year}.");
        else if (row.Start.Value.Year > year)
            warn($"Aktiviteten \"{row.Title}\" börjar {row.StartRaw}, efter dokumentets år {year}.");
        return activity;
    }
}
