namespace StatusBot.Application.ReadModel;

/// <summary>Which document of a year to read when both the plan and the report are loaded.</summary>
public enum DocumentPreference
{
    /// <summary>The verksamhetsberättelse when present (it has assessments and outcomes), else the plan.</summary>
    PreferReport,

    /// <summary>The verksamhetsplan when present, else the report.</summary>
    PreferPlan,
}
