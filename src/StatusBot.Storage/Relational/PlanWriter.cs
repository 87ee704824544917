using System.Data.Common;
using StatusBot.Domain.Activities;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;
using StatusBot.Storage.Schema;
using StatusBot.Storage.Sql;

namespace StatusBot.Storage.Relational;

/// <summary>
/// Writes plans inside a caller's transaction: every row is upserted by its stable id and the rows of the
/// plan that are no longer present are deleted, so a re-import updates in place. Rows are only ever
/// claimed from their own plan: an id that belongs to another plan fails the save instead of moving.
/// </summary>
internal sealed class PlanWriter(DbConnection connection, DbTransaction tx, SqlDialect dialect, DateTimeOffset now) : IAsyncDisposable
{
    private readonly List<DbCommand> _commands = [];
    private readonly DateTimeOffset _nowUtc = now.ToUniversalTime();

    public async Task<PlanSaveOutcome> SaveAsync(Plan plan, CancellationToken ct)
    {
        // Inserting or updating the plan row first also locks it, which serialises concurrent saves of one plan.
        var created = await InsertPlanIfNewAsync(plan, ct);
        if (!created) await UpdatePlanAsync(plan, ct);

        await ReplaceWarningsAsync(plan, ct);
        await ReplaceImportGapsAsync(plan, ct);

        var existingGoals = await IdsAsync("SELECT id FROM goals WHERE plan_id = @plan_id", plan.Id, ct);
        for (var i = 0; i < plan.Goals.Count; i++) await UpsertGoalAsync(plan, plan.Goals[i], i, ct);
        await DeleteMissingAsync("goals", existingGoals, plan.Goals.Select(g => g.Id), ct);

        var existingIndicators = await IdsAsync(
            "SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.plan_id = @plan_id", plan.Id, ct);
        var existingActivities = await IdsAsync(
            "SELECT a.id FROM activities a JOIN goals g ON g.id = a.goal_id WHERE g.plan_id = @plan_id", plan.Id, ct);
        foreach (var goal in plan.Goals)
        {
            for (var i = 0; i < goal.Indicators.Count; i++) await UpsertIndicatorAsync(plan, goal, goal.Indicators[i], i, ct);
            for (var i = 0; i < goal.Activities.Count; i++) await UpsertActivityAsync(plan, goal, goal.Activities[i], i, ct);
            await SaveAssessmentsAsync(goal, ct);
        }
        await DeleteMissingAsync("indicators", existingIndicators, plan.Goals.SelectMany(g => g.Indicators).Select(i => i.Id), ct);
        await DeleteMissingAsync("activities", existingActivities, plan.Goals.SelectMany(g => g.Activities).Select(a => a.Id), ct);

        foreach (var indicator in plan.Goals.SelectMany(g => g.Indicators)) await SaveOutcomesAsync(indicator, ct);

        return new PlanSaveOutcome(plan.Id, created, plan.Goals.Count,
            plan.Goals.Sum(g => g.Indicators.Count), plan.Goals.Sum(g => g.Activities.Count));
    }

    private async Task<bool> InsertPlanIfNewAsync(Plan plan, CancellationToken ct) =>
        await WithPlan(Command("""
                INSERT INTO plans (id, organisation, parent_organisation, year, document, source, created_at, imported_at)
                VALUES (@id, @organisation, @parent_organisation, @year, @document, @source, @now, @now)
                ON CONFLICT (id) DO NOTHING
                """), plan)
            .ExecuteNonQueryAsync(ct) == 1;

    private Task<int> UpdatePlanAsync(Plan plan, CancellationToken ct) =>
        WithPlan(Command("""
                UPDATE plans SET organisation = @organisation, parent_organisation = @parent_organisation, year = @year,
                    document = @document, source = @source, imported_at = @now
                WHERE id = @id
                """), plan)
            .ExecuteNonQueryAsync(ct);

    private DbCommand WithPlan(DbCommand command, Plan plan) => command
        .With("@id", plan.Id)
        .With("@organisation", plan.Organisation)
        .With("@parent_organisation", plan.ParentOrganisation)
        .With("@year", plan.Year)
        .With("@document", ColumnCodes.Document(plan.Document))
        .With("@source", plan.Source)
        .With("@now", _nowUtc);

    private async Task ReplaceWarningsAsync(Plan plan, CancellationToken ct)
    {
        await Command("DELETE FROM plan_warnings WHERE plan_id = @plan_id").With("@plan_id", plan.Id).ExecuteNonQueryAsync(ct);
        var insert = Command("INSERT INTO plan_warnings (plan_id, position, message) VALUES (@plan_id, @position, @message)");
        for (var i = 0; i < plan.Warnings.Count; i++)
            await insert.With("@plan_id", plan.Id).With("@position", i).With("@message", plan.Warnings[i]).ExecuteNonQueryAsync(ct);
    }

    private async Task ReplaceImportGapsAsync(Plan plan, CancellationToken ct)
    {
        await Command("DELETE FROM plan_import_gaps WHERE plan_id = @plan_id").With("@plan_id", plan.Id).ExecuteNonQueryAsync(ct);
        var insert = Command("""
            INSERT INTO plan_import_gaps (plan_id, position, line_number, text, reason)
            VALUES (@plan_id, @position, @line_number, @text, @reason)
            """);
        for (var i = 0; i < plan.ImportGaps.Count; i++)
        {
            var gap = plan.ImportGaps[i];
            await insert.With("@plan_id", plan.Id).With("@position", i).With("@line_number", gap.LineNumber)
                .With("@text", gap.Text).With("@reason", gap.Reason).ExecuteNonQueryAsync(ct);
        }
    }

    private async Task UpsertGoalAsync(Plan plan, Goal goal, int position, CancellationToken ct)
    {
        var affected = await Command($"""
                INSERT INTO goals (id, plan_id, position, level, number, printed_number, number_is_derived, title, parent_id,
                    description, expected_results, sections)
                VALUES (@id, @plan_id, @position, @level, @number, @printed_number, @number_is_derived, @title, @parent_id,
                    @description, {dialect.JsonParameter("@expected_results")}, {dialect.JsonParameter("@sections")})
                ON CONFLICT (id) DO UPDATE SET position = excluded.position, level = excluded.level, number = excluded.number,
                    printed_number = excluded.printed_number, number_is_derived = excluded.number_is_derived,
                    title = excluded.title, parent_id = excluded.parent_id, description = excluded.description,
                    expected_results = excluded.expected_results, sections = excluded.sections
                WHERE goals.plan_id = excluded.plan_id
                """)
            .With("@id", goal.Id)
            .With("@plan_id", plan.Id)
            .With("@position", position)
            .With("@level", ColumnCodes.Level(goal.Level))
            .With("@number", goal.Number)
            .With("@printed_number", goal.PrintedNumber)
            .With("@number_is_derived", goal.NumberIsDerived)
            .With("@title", goal.Title)
            .With("@parent_id", goal.ParentId)
            .With("@description", goal.Description)
            .With("@expected_results", JsonColumns.WriteList(goal.ExpectedResults))
            .With("@sections", JsonColumns.WriteSections(goal.Sections))
            .ExecuteNonQueryAsync(ct);
        if (affected != 1) throw ClaimedElsewhere("Mål-id", goal.Id, plan);
    }

    private async Task UpsertIndicatorAsync(Plan plan, Goal goal, Indicator indicator, int position, CancellationToken ct)
    {
        var affected = await Command("""
                INSERT INTO indicators (id, goal_id, position, name, unit,
                    target_raw, target_kind, target_value, target_unit, target_direction,
                    kf_target_raw, kf_target_kind, kf_target_value, kf_target_unit, kf_target_direction,
                    periodicity, direction, split_by_gender)
                VALUES (@id, @goal_id, @position, @name, @unit,
                    @target_raw, @target_kind, @target_value, @target_unit, @target_direction,
                    @kf_target_raw, @kf_target_kind, @kf_target_value, @kf_target_unit, @kf_target_direction,
                    @periodicity, @direction, @split_by_gender)
                ON CONFLICT (id) DO UPDATE SET goal_id = excluded.goal_id, position = excluded.position, name = excluded.name,
                    unit = excluded.unit, target_raw = excluded.target_raw, target_kind = excluded.target_kind,
                    target_value = excluded.target_value, target_unit = excluded.target_unit,
                    target_direction = excluded.target_direction, kf_target_raw = excluded.kf_target_raw,
                    kf_target_kind = excluded.kf_target_kind, kf_target_value = excluded.kf_target_value,
                    kf_target_unit = excluded.kf_target_unit, kf_target_direction = excluded.kf_target_direction,
                    periodicity = excluded.periodicity, direction = excluded.direction,
                    split_by_gender = excluded.split_by_gender
                WHERE EXISTS (SELECT 1 FROM goals g WHERE g.id = indicators.goal_id AND g.plan_id = @plan_id)
                """)
            .With("@id", indicator.Id)
            .With("@goal_id", goal.Id)
            .With("@plan_id", plan.Id)
            .With("@position", position)
            .With("@name", indicator.Name)
            .With("@unit", indicator.Unit)
            .WithTarget("@target", indicator.Target)
            .WithTarget("@kf_target", indicator.KfTarget)
            .With("@periodicity", ColumnCodes.Periodicity(indicator.Periodicity))
            .With("@direction", ColumnCodes.Direction(indicator.Direction))
            .With("@split_by_gender", indicator.SplitByGender)
            .ExecuteNonQueryAsync(ct);
        if (affected != 1) throw ClaimedElsewhere("Indikator-id", indicator.Id, plan);
    }

    private async Task UpsertActivityAsync(Plan plan, Goal goal, Activity activity, int position, CancellationToken ct)
    {
        var affected = await Command("""
                INSERT INTO activities (id, goal_id, position, title, start_date, end_date, deviation, analysis, is_council_assignment)
                VALUES (@id, @goal_id, @position, @title, @start_date, @end_date, @deviation, @analysis, @is_council_assignment)
                ON CONFLICT (id) DO UPDATE SET goal_id = excluded.goal_id, position = excluded.position, title = excluded.title,
                    start_date = excluded.start_date, end_date = excluded.end_date, deviation = excluded.deviation,
                    analysis = excluded.analysis, is_council_assignment = excluded.is_council_assignment
                WHERE EXISTS (SELECT 1 FROM goals g WHERE g.id = activities.goal_id AND g.plan_id = @plan_id)
                """)
            .With("@id", activity.Id)
            .With("@goal_id", goal.Id)
            .With("@plan_id", plan.Id)
            .With("@position", position)
            .With("@title", activity.Title)
            .With("@start_date", activity.Start)
            .With("@end_date", activity.End)
            .With("@deviation", activity.Deviation)
            .With("@analysis", activity.Analysis)
            .With("@is_council_assignment", activity.IsCouncilAssignment)
            .ExecuteNonQueryAsync(ct);
        if (affected != 1) throw ClaimedElsewhere("Aktivitets-id", activity.Id, plan);
    }

    /// <summary>Outcomes are keyed by their place in the indicator's list: (indicator, seq).</summary>
    private async Task SaveOutcomesAsync(Indicator indicator, CancellationToken ct)
    {
        var upsert = Command("""
            INSERT INTO indicator_outcomes (indicator_id, seq, period_year, period_kind,
                total_raw, total_value, total_unit, men_raw, men_value, men_unit,
                women_raw, women_value, women_unit, previous_raw, previous_value, previous_unit, analysis)
            VALUES (@indicator_id, @seq, @period_year, @period_kind,
                @total_raw, @total_value, @total_unit, @men_raw, @men_value, @men_unit,
                @women_raw, @women_value, @women_unit, @previous_raw, @previous_value, @previous_unit, @analysis)
            ON CONFLICT (indicator_id, seq) DO UPDATE SET period_year = excluded.period_year, period_kind = excluded.period_kind,
                total_raw = excluded.total_raw, total_value = excluded.total_value, total_unit = excluded.total_unit,
                men_raw = excluded.men_raw, men_value = excluded.men_value, men_unit = excluded.men_unit,
                women_raw = excluded.women_raw, women_value = excluded.women_value, women_unit = excluded.women_unit,
                previous_raw = excluded.previous_raw, previous_value = excluded.previous_value,
                previous_unit = excluded.previous_unit, analysis = excluded.analysis
            """);
        for (var seq = 0; seq < indicator.Outcomes.Count; seq++)
        {
            var outcome = indicator.Outcomes[seq];
            await upsert
                .With("@indicator_id", indicator.Id)
                .With("@seq", seq)
                .With("@period_year", outcome.Period.Year)
                .With("@period_kind", ColumnCodes.PeriodKind(outcome.Period.Kind))
                .WithMeasurement("@total", outcome.Total)
                .WithMeasurement("@men", outcome.Men)
                .WithMeasurement("@women", outcome.Women)
                .WithMeasurement("@previous", outcome.PreviousYear)
                .With("@analysis", outcome.Analysis)
                .ExecuteNonQueryAsync(ct);
        }
        await Command("DELETE FROM indicator_outcomes WHERE indicator_id = @indicator_id AND seq >= @count")
            .With("@indicator_id", indicator.Id).With("@count", indicator.Outcomes.Count).ExecuteNonQueryAsync(ct);
    }

    private async Task SaveAssessmentsAsync(Goal goal, CancellationToken ct)
    {
        var upsert = Command("""
            INSERT INTO assessments (goal_id, seq, period_year, period_kind, bedomning, analysis, assessed_at, assessed_by)
            VALUES (@goal_id, @seq, @period_year, @period_kind, @bedomning, @analysis, @assessed_at, @assessed_by)
            ON CONFLICT (goal_id, seq) DO UPDATE SET period_year = excluded.period_year, period_kind = excluded.period_kind,
                bedomning = excluded.bedomning, analysis = excluded.analysis, assessed_at = excluded.assessed_at,
                assessed_by = excluded.assessed_by
            """);
        for (var seq = 0; seq < goal.Assessments.Count; seq++)
        {
            Assessment assessment = goal.Assessments[seq];
            await upsert
                .With("@goal_id", goal.Id)
                .With("@seq", seq)
                .With("@period_year", assessment.Period.Year)
                .With("@period_kind", ColumnCodes.PeriodKind(assessment.Period.Kind))
                .With("@bedomning", ColumnCodes.Bedomning(assessment.Bedomning))
                .With("@analysis", assessment.Analysis)
                .With("@assessed_at", assessment.AssessedAt.AsUtc())
                .With("@assessed_by", assessment.AssessedBy)
                .ExecuteNonQueryAsync(ct);
        }
        await Command("DELETE FROM assessments WHERE goal_id = @goal_id AND seq >= @count")
            .With("@goal_id", goal.Id).With("@count", goal.Assessments.Count).ExecuteNonQueryAsync(ct);
    }

    private async Task<HashSet<string>> IdsAsync(string sql, string planId, CancellationToken ct)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await Command(sql).With("@plan_id", planId).ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetString(0));
        return ids;
    }

    private async Task DeleteMissingAsync(string table, HashSet<string> existing, IEnumerable<string> present, CancellationToken ct)
    {
        existing.ExceptWith(present);
        if (existing.Count == 0) return;
        var delete = Command($"DELETE FROM {table} WHERE id = @id");
        foreach (var id in existing.Order(StringComparer.Ordinal)) await delete.With("@id", id).ExecuteNonQueryAsync(ct);
    }

    private DbCommand Command(string sql)
    {
        var command = connection.Command(tx, sql);
        _commands.Add(command);
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands) await command.DisposeAsync();
        _commands.Clear();
    }

    private static GoalStoreException ClaimedElsewhere(string what, string id, Plan plan) =>
        new($"{what} '{id}' tillhör redan en annan plan än '{plan.Id}'; ingenting sparades.");
}

/// <summary>The column groups that hold a target or a measurement: raw text beside the parsed parts.</summary>
internal static class ValueColumns
{
    public static DbCommand WithTarget(this DbCommand command, string prefix, TargetValue target) => command
        .With(prefix + "_raw", target.Raw)
        .With(prefix + "_kind", ColumnCodes.TargetKind(target.Kind))
        .With(prefix + "_value", target.Value)
        .With(prefix + "_unit", target.Unit)
        .With(prefix + "_direction", target.Direction is { } d ? ColumnCodes.Direction(d) : null);

    public static DbCommand WithMeasurement(this DbCommand command, string prefix, Measurement? measurement) => command
        .With(prefix + "_raw", measurement?.Raw)
        .With(prefix + "_value", measurement?.Value)
        .With(prefix + "_unit", measurement?.Unit);
}
