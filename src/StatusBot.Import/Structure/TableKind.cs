namespace StatusBot.Import.Structure;

internal enum TableKind
{
    /// <summary>Plan indicator table: Indikator · Årsmål · KF:s årsmål år YYYY · Periodicitet.</summary>
    PlanIndicators,

    /// <summary>Report indicator table: Indikator · Periodens utfall · män · kvinnor · VB föregående år · Årsmål · KF:s årsmål · Period.</summary>
    ReportIndicators,

    /// <summary>Aktivitet · Startdatum · Slutdatum (plans).</summary>
    PlanActivities,

    /// <summary>Aktivitet · Startdatum · Slutdatum · Avvikelse (reports).</summary>
    ReportActivities,
}

internal static class TableKinds
{
    public static bool IsIndicators(this TableKind kind) => kind is TableKind.PlanIndicators or TableKind.ReportIndicators;

    public static bool IsReport(this TableKind kind) => kind is TableKind.ReportIndicators or TableKind.ReportActivities;
}
