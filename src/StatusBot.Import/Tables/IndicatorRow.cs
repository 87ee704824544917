namespace StatusBot.Import.Tables;

/// <summary>A plan row: Indikator · Årsmål · KF:s årsmål · Periodicitet (DOMAIN §3.1).</summary>
internal sealed record PlanIndicatorRow(string Name, string Target, string KfTarget, string Periodicity);

/// <summary>A report row: Indikator · Periodens utfall · män · kvinnor · VB föregående år · Årsmål · KF:s årsmål · Period (DOMAIN §3.2).</summary>
internal sealed record ReportIndicatorRow(string Name, string Total, string Men, string Women, string PreviousYear, string Target, string KfTarget, string Period);
