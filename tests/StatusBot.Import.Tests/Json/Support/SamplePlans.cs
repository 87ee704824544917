using StatusBot.Domain.Activities;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Testing.Plans;

/// <summary>
/// Rich plans built in code: every goal level, every kind of target, outcomes split by kön over several
/// periods, assessments with and without a date, activities with deviation and council assignments.
/// Shared by the store tests and the export JSON tests (linked into StatusBot.Storage.Tests).
/// </summary>
internal static class SamplePlans
{
    public static Plan Namnd(string organisation = "Hägersten-Älvsjö stadsdelsnämnd", int year = 2024,
        DocumentKind document = DocumentKind.Verksamhetsberattelse)
    {
        var plan = new Plan(organisation, year, document) { Source = $"{StableId.Slug(organisation)}-{year}.txt" };
        plan.Warnings.Add("Texten \"uppfyllts xxx\" ser ut som en mall (rad 5111).");
        plan.Warnings.Add("Aktivitetens slutdatum ligger utanför året.");
        plan.ImportGaps.Add(new ImportGap(848, "Andel barn och unga som åter blir föremål för anmälan/ansökan efter", "saknar värden och hör inte till raden efter"));
        plan.ImportGaps.Add(new ImportGap(851, "24 % 2x % Tertial", "ingen tabellrad kunde läsas här"));

        var im1 = AddGoal(plan, GoalLevel.Inriktningsmal, "1", "Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden", null);
        im1.PrintedNumber = "1.";
        im1.Assessments.Add(new Assessment(new ReportingPeriod(year, PeriodKind.VB), Bedomning.UppfyllsDelvis)
        {
            Analysis = "Målet uppfylls delvis: två av tre verksamhetsområdesmål uppfylls helt.",
        });

        var vo12 = AddGoal(plan, GoalLevel.Verksamhetsomradesmal, "1.2", "I Stockholm ska alla barn få en bra start i livet", im1);
        vo12.PrintedNumber = "1.2";
        var shares = AddIndicator(vo12, "Andel legitimerade förskollärare", "%", "36 %", "Ökning", Periodicity.Tertial, Direction.Higher);
        shares.SplitByGender = true;
        shares.Outcomes.Add(new IndicatorOutcome(new ReportingPeriod(year, PeriodKind.T1), Measurement.Parse("34,5 %"))
        {
            Men = Measurement.Parse("30 %"),
            Women = Measurement.Parse("36,25 %"),
        });
        shares.Outcomes.Add(new IndicatorOutcome(new ReportingPeriod(year, PeriodKind.VB), Measurement.Parse("35,1 %"))
        {
            Men = Measurement.Parse("31 %"),
            Women = Measurement.Parse("37,0 %"),
            PreviousYear = Measurement.Parse("33 %"),
            Analysis = "Rekryteringen gick bättre än väntat; andelen kvinnor ökade.",
        });
        AddIndicator(vo12, "Barn per anställd", null, "4,9", "4,9", Periodicity.Tertial, Direction.Lower);
        AddIndicator(vo12, "Avvikelse mot budget", "%", "+/-1 %", "Tas fram av nämnd/styrelse", Periodicity.Ar, Direction.Band);
        AddIndicator(vo12, "Personer i akut hemlöshet", "personer", "Max 10 personer", "Fastställs 2024", Periodicity.Ar, Direction.Max);
        var energy = AddIndicator(vo12, "Köpt energi", "GWh", "3,12 GWh", "1 735 GWh", Periodicity.Ar, Direction.Lower);
        energy.Outcomes.Add(new IndicatorOutcome(new ReportingPeriod(year, PeriodKind.VB), Measurement.Parse("2,5 GWh"))
        {
            PreviousYear = Measurement.Parse("1 945 GWh"),
        });
        AddIndicator(vo12, "Inskrivningsgrad", "%", "", "Minskning", Periodicity.Ar, Direction.Unknown);
        var council = AddActivity(vo12, "Ta fram en parkleksplan", new DateOnly(year, 1, 1), new DateOnly(year, 8, 31));
        council.IsCouncilAssignment = true;
        vo12.Assessments.Add(new Assessment(new ReportingPeriod(year, PeriodKind.T2), Bedomning.UppfyllsHelt));
        vo12.Assessments.Add(new Assessment(new ReportingPeriod(year, PeriodKind.VB), Bedomning.UppfyllsInte)
        {
            Analysis = "Målet nås inte; se indikatorerna.",
            AssessedAt = new DateTimeOffset(year + 1, 1, 20, 14, 30, 5, TimeSpan.FromHours(1)),
            AssessedBy = "anna.andersson@stockholm.se",
        });

        var nm121 = AddGoal(plan, GoalLevel.Namndmal, "1.2.1", "Alla barn i förskolan får en likvärdig utbildning", vo12);
        nm121.PrintedNumber = "1.2.1.";
        nm121.Description = "Förskolorna arbetar systematiskt med kvalitet.\nUppföljning sker varje termin.";
        nm121.ExpectedResults.Add("Fler barn når målen.");
        nm121.ExpectedResults.Add("Vårdnadshavare är nöjda – även i ytterområdena.");
        var late = AddActivity(nm121, "Införa språkutvecklande arbetssätt", new DateOnly(year, 2, 1), new DateOnly(year, 12, 31));
        late.Deviation = true;
        late.Analysis = "Försenad på grund av personalbrist.";
        AddActivity(nm121, "Kartlägga behov", null, null);
        nm121.Assessments.Add(new Assessment(new ReportingPeriod(year, PeriodKind.T1), Bedomning.UppfyllsDelvis) { Analysis = "Prognos: delvis." });
        nm121.Assessments.Add(new Assessment(new ReportingPeriod(year, PeriodKind.VB), Bedomning.UppfyllsHelt) { Analysis = "Uppfylls helt." });

        var nm122 = AddGoal(plan, GoalLevel.Namndmal, "1.2.2", "Barn och ungdomar erbjuds en jämlik, meningsfull och trygg fritid", vo12);
        nm122.NumberIsDerived = true;

        var em = AddGoal(plan, GoalLevel.Enhetsmal, null, "Enhetens insatser stärker brukarens möjlighet att leva ett självständigt liv.", nm122);
        em.Sections["Arbetssätt"] = "Vi arbetar med individuella planer.";
        em.Sections["Uppföljning"] = "Följs upp på APT i T1, T2 och VB.";
        em.Sections["Utveckling"] = "Nya metoder prövas under året.";

        var im3 = AddGoal(plan, GoalLevel.Inriktningsmal, "3", "Ett Stockholm med en stabil och hållbar ekonomi med utbildning, jobb och bostäder för alla", null);
        var vo36 = AddGoal(plan, GoalLevel.Verksamhetsomradesmal, "3.6", "Tryggheten ska öka genom förebyggande insatser", im3);
        var safety = AddIndicator(vo36, "Andel invånare som känner sig trygga", "%", "79 %", "80 %", Periodicity.Ar, Direction.Higher);
        safety.SplitByGender = true;
        safety.Outcomes.Add(new IndicatorOutcome(new ReportingPeriod(year, PeriodKind.VB), Measurement.Parse("78 %"))
        {
            Men = Measurement.Parse("80 %"),
            Women = Measurement.Parse("76 %"),
        });
        // An outcome reported twice for one period: the history is kept, the last one counts.
        safety.Outcomes.Add(new IndicatorOutcome(new ReportingPeriod(year, PeriodKind.VB), Measurement.Parse("78,5 %")) { Analysis = "Rättat." });
        safety.Outcomes.Add(new IndicatorOutcome(new ReportingPeriod(year, PeriodKind.T2), null) { Analysis = "Mäts inte i T2." });
        var nm361 = AddGoal(plan, GoalLevel.Namndmal, "3.6.1", "Stadsdelsområdet är tryggt, tillgängligt och välskött", vo36);
        AddActivity(nm361, "Trygghetsvandringar", new DateOnly(year, 3, 1), new DateOnly(year, 10, 31));
        return plan;
    }

    /// <summary>A small plan for golden checks: one goal of each of two levels, one indicator, one activity.</summary>
    public static Plan Small()
    {
        var plan = new Plan("Enskede-Årsta-Vantörs stadsdelsnämnd", 2023, DocumentKind.Verksamhetsberattelse);
        var vo = AddGoal(plan, GoalLevel.Verksamhetsomradesmal, "3.6", "Tryggheten ska öka genom förebyggande insatser", null);
        var nm = AddGoal(plan, GoalLevel.Namndmal, "3.6.1", "Stadsdelsområdet är tryggt, tillgängligt och välskött", vo);
        nm.PrintedNumber = "3.6.1";
        var indicator = AddIndicator(nm, "Sjukfrånvaro", "%", "8 %", "Tas fram av nämnd/styrelse", Periodicity.Tertial, Direction.Lower);
        indicator.SplitByGender = true;
        indicator.Outcomes.Add(new IndicatorOutcome(new ReportingPeriod(2023, PeriodKind.VB), Measurement.Parse("8 %"))
        {
            Men = Measurement.Parse("5 %"),
            Women = Measurement.Parse("8,6 %"),
            PreviousYear = Measurement.Parse("8,8 %"),
            Analysis = "Rullande tolv månader till november.",
        });
        var activity = AddActivity(nm, "Trygghetsvandringar", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));
        activity.Deviation = true;
        activity.Analysis = "Två vandringar ställdes in.";
        nm.Assessments.Add(new Assessment(new ReportingPeriod(2023, PeriodKind.VB), Bedomning.UppfyllsHelt) { Analysis = "Målet uppfylls helt." });
        return plan;
    }

    public static Goal AddGoal(Plan plan, GoalLevel level, string? number, string title, Goal? parent)
    {
        var key = number ?? $"{parent?.Number}/e{plan.Goals.Count(g => g.Level == level) + 1}";
        var goal = new Goal(StableId.ForGoal(plan.Id, key), level, title) { Number = number, ParentId = parent?.Id };
        plan.Goals.Add(goal);
        return goal;
    }

    public static Indicator AddIndicator(Goal goal, string name, string? unit, string target, string kfTarget,
        Periodicity periodicity, Direction direction)
    {
        var indicator = new Indicator(StableId.ForIndicator(goal.Id, goal.Indicators.Count + 1), name)
        {
            Unit = unit,
            Target = TargetValue.Parse(target),
            KfTarget = TargetValue.Parse(kfTarget),
            Periodicity = periodicity,
            Direction = direction,
        };
        goal.Indicators.Add(indicator);
        return indicator;
    }

    public static Activity AddActivity(Goal goal, string title, DateOnly? start, DateOnly? end)
    {
        var activity = new Activity(StableId.ForActivity(goal.Id, goal.Activities.Count + 1), title) { Start = start, End = end };
        goal.Activities.Add(activity);
        return activity;
    }
}
