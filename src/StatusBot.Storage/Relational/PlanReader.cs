using StatusBot.Storage.Sql;
using System.Data.Common;
using StatusBot.Domain.Activities;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Storage.Schema;

namespace StatusBot.Storage.Relational;

/// <summary>
/// Rebuilds whole plans: one query per table (not per goal), each ordered so rows arrive in document
/// order, then stitched together by id. Pass a plan id to read one plan, or null for all.
/// </summary>
internal sealed class PlanReader(DbConnection connection, DbTransaction tx)
{
    public async Task<List<Plan>> ReadAsync(string? planId, CancellationToken ct)
    {
        var plans = new Dictionary<string, Plan>(StringComparer.Ordinal);
        await ForEachAsync("SELECT id, organisation, parent_organisation, year, document, source FROM plans p",
            "p.id", planId, "p.id", r =>
            {
                var plan = new Plan(r.GetString(1), r.GetInt32(3), ColumnCodes.ParseDocument(r.GetString(4)))
                {
                    ParentOrganisation = r.GetNullableString(2),
                    Source = r.GetNullableString(5),
                };
                plans[r.GetString(0)] = plan;
            }, ct);
        if (plans.Count == 0) return [];

        await ForEachAsync("SELECT plan_id, message FROM plan_warnings w", "w.plan_id", planId, "w.plan_id, w.position",
            r => plans[r.GetString(0)].Warnings.Add(r.GetString(1)), ct);

        await ForEachAsync("SELECT plan_id, line_number, text, reason FROM plan_import_gaps x", "x.plan_id", planId, "x.plan_id, x.position",
            r => plans[r.GetString(0)].ImportGaps.Add(new ImportGap(r.GetInt32(1), r.GetString(2), r.GetString(3))), ct);

        var goals = new Dictionary<string, Goal>(StringComparer.Ordinal);
        await ForEachAsync("""
            SELECT plan_id, id, level, number, printed_number, number_is_derived, title, parent_id, description,
                expected_results, sections
            FROM goals g
            """, "g.plan_id", planId, "g.plan_id, g.position", r =>
        {
            var goal = new Goal(r.GetString(1), ColumnCodes.ParseLevel(r.GetString(2)), r.GetString(6))
            {
                Number = r.GetNullableString(3),
                PrintedNumber = r.GetNullableString(4),
                NumberIsDerived = r.GetBoolean(5),
                ParentId = r.GetNullableString(7),
                Description = r.GetNullableString(8),
            };
            goal.ExpectedResults.AddRange(JsonColumns.ReadList(r.GetString(9)));
            foreach (var (heading, text) in JsonColumns.ReadSections(r.GetString(10))) goal.Sections[heading] = text;
            goals[goal.Id] = goal;
            plans[r.GetString(0)].Goals.Add(goal);
        }, ct);

        var indicators = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        await ForEachAsync("""
            SELECT i.goal_id, i.id, i.name, i.unit,
                i.target_raw, i.target_kind, i.target_value, i.target_unit, i.target_direction,
                i.kf_target_raw, i.kf_target_kind, i.kf_target_value, i.kf_target_unit, i.kf_target_direction,
                i.periodicity, i.direction, i.split_by_gender
            FROM indicators i JOIN goals g ON g.id = i.goal_id
            """, "g.plan_id", planId, "i.goal_id, i.position", r =>
        {
            var indicator = new Indicator(r.GetString(1), r.GetString(2))
            {
                Unit = r.GetNullableString(3),
                Target = ReadTarget(r, 4),
                KfTarget = ReadTarget(r, 9),
                Periodicity = ColumnCodes.ParsePeriodicity(r.GetString(14)),
                Direction = ColumnCodes.ParseDirection(r.GetString(15)),
                SplitByGender = r.GetBoolean(16),
            };
            indicators[indicator.Id] = indicator;
            goals[r.GetString(0)].Indicators.Add(indicator);
        }, ct);

        await ForEachAsync("""
            SELECT o.indicator_id, o.period_year, o.period_kind,
                o.total_raw, o.total_value, o.total_unit, o.men_raw, o.men_value, o.men_unit,
                o.women_raw, o.women_value, o.women_unit, o.previous_raw, o.previous_value, o.previous_unit, o.analysis
            FROM indicator_outcomes o JOIN indicators i ON i.id = o.indicator_id JOIN goals g ON g.id = i.goal_id
            """, "g.plan_id", planId, "o.indicator_id, o.seq", r =>
        {
            var period = new ReportingPeriod(r.GetInt32(1), ColumnCodes.ParsePeriodKind(r.GetString(2)));
            indicators[r.GetString(0)].Outcomes.Add(new IndicatorOutcome(period, ReadMeasurement(r, 3))
            {
                Men = ReadMeasurement(r, 6),
                Women = ReadMeasurement(r, 9),
                PreviousYear = ReadMeasurement(r, 12),
                Analysis = r.GetNullableString(15),
            });
        }, ct);

        await ForEachAsync("""
            SELECT a.goal_id, a.id, a.title, a.start_date, a.end_date, a.deviation, a.analysis, a.is_council_assignment
            FROM activities a JOIN goals g ON g.id = a.goal_id
            """, "g.plan_id", planId, "a.goal_id, a.position", r =>
            goals[r.GetString(0)].Activities.Add(new Activity(r.GetString(1), r.GetString(2))
            {
                Start = r.GetNullableDate(3),
                End = r.GetNullableDate(4),
                Deviation = r.GetBoolean(5),
                Analysis = r.GetNullableString(6),
                IsCouncilAssignment = r.GetBoolean(7),
            }), ct);

        await ForEachAsync("""
            SELECT s.goal_id, s.period_year, s.period_kind, s.bedomning, s.analysis, s.assessed_at, s.assessed_by
            FROM assessments s JOIN goals g ON g.id = s.goal_id
            """, "g.plan_id", planId, "s.goal_id, s.seq", r =>
            goals[r.GetString(0)].Assessments.Add(new Assessment(
                new ReportingPeriod(r.GetInt32(1), ColumnCodes.ParsePeriodKind(r.GetString(2))),
                ColumnCodes.ParseBedomning(r.GetString(3)))
            {
                Analysis = r.GetNullableString(4),
                AssessedAt = r.GetNullableTimestamp(5),
                AssessedBy = r.GetNullableString(6),
            }), ct);

        return [.. plans.Values];
    }

    private static TargetValue ReadTarget(DbDataReader r, int first)
    {
        var kind = ColumnCodes.ParseTargetKind(r.GetString(first + 1));
        if (kind == TargetKind.Empty && r.GetString(first).Length == 0) return TargetValue.Empty;
        return new TargetValue(kind, r.GetString(first))
        {
            Value = r.GetNullableDecimal(first + 2),
            Unit = r.GetNullableString(first + 3),
            Direction = r.GetNullableString(first + 4) is { } d ? ColumnCodes.ParseDirection(d) : null,
        };
    }

    private static Measurement? ReadMeasurement(DbDataReader r, int first) =>
        r.IsDBNull(first) ? null : new Measurement(r.GetString(first), r.GetNullableDecimal(first + 1), r.GetNullableString(first + 2));

    private async Task ForEachAsync(string select, string planColumn, string? planId, string orderBy, Action<DbDataReader> row, CancellationToken ct)
    {
        var sql = select + (planId is null ? "" : $" WHERE {planColumn} = @plan_id") + " ORDER BY " + orderBy;
        await using var command = connection.Command(tx, sql);
        if (planId is not null) command.With("@plan_id", planId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) row(reader);
    }
}
