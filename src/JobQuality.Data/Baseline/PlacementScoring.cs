using System.Data;
using JobQuality.Core.Baseline;
using JobQuality.Core.LivingWages;
using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Core.Scoring.Summary;
using JobQuality.Data.Configurations;
using JobQuality.Data.Placements;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace JobQuality.Data.Baseline;

/// <summary>
/// Scores all of an organization's stored placements against its published standards, with the same engine as the
/// command line, and replaces the stored results in one transaction. Runs are queued in the database, so the web app
/// scores in the background (any instance may pick a run up) and the command line scores before it returns.
/// </summary>
public sealed class PlacementScoring(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ScoringSignal signal)
{
    /// <summary>How often (in placements) a run's progress is written where the pages can read it.</summary>
    public const int ProgressInterval = 5_000;

    /// <summary>
    /// Asks for the organization's placements to be scored again. Returns the run that will do it: a new one, or the
    /// one already waiting (it will read the newest placements and standards when it starts). Returns null when there
    /// are no published standards, so nothing can be scored yet.
    /// </summary>
    public async Task<ScoringRun?> QueueAsync(Guid organizationId, string reason, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.StandardsVersions.AnyAsync(s => s.OrganizationId == organizationId && s.Status == StandardsStatus.Published, ct)) return null;
        if (await WaitingRunAsync(db, organizationId, ct) is { } waiting) return waiting;
        var run = new ScoringRun { OrganizationId = organizationId, Reason = Shorten(reason), QueuedAt = clock.GetUtcNow() };
        db.ScoringRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
            signal.Notify();
            return run;
        }
        catch (DbUpdateException)
        {
            // Someone queued one at the same moment (one queued run per organization): join theirs.
            db.ChangeTracker.Clear();
            return await WaitingRunAsync(db, organizationId, ct) ?? throw new InvalidOperationException("A scoring run could not be queued.");
        }
    }

    /// <summary>The reason a run records when a standards version is published.</summary>
    public static string PublishedReason(int versionNumber) => $"Standards version {versionNumber} published";

    /// <summary>
    /// After a living wage table is imported: re-scores when the published standards use the newest table (chose none),
    /// since the new table now decides who earns a living wage.
    /// </summary>
    public async Task<ScoringRun?> QueueAfterLivingWageImportAsync(Guid organizationId, string sourceName, int vintageYear, CancellationToken ct = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var usesNewest = await db.StandardsVersions.AnyAsync(
                s => s.OrganizationId == organizationId && s.Status == StandardsStatus.Published && s.LivingWageTableId == null, ct);
            if (!usesNewest) return null;
        }
        return await QueueAsync(organizationId, $"Living wage table imported ({sourceName}, {vintageYear})", ct);
    }

    /// <summary>Takes the oldest queued run of any organization and marks it running, or returns null when none waits.</summary>
    public async Task<ScoringRun?> ClaimNextAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // SKIP LOCKED: two app instances polling at once take different runs, and neither waits for the other.
        var run = await db.ScoringRuns
            .FromSqlRaw("""SELECT * FROM "ScoringRuns" WHERE "Status" = 'Queued' ORDER BY "QueuedAt" LIMIT 1 FOR UPDATE SKIP LOCKED""")
            .SingleOrDefaultAsync(ct);
        if (run is null) return null;
        run.Status = ScoringRunStatus.Running;
        run.StartedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return run;
    }

    /// <summary>Takes one particular queued run (the command line scoring what it just imported); false when another process took it first.</summary>
    public async Task<bool> ClaimAsync(Guid runId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        return await db.ScoringRuns
            .Where(r => r.Id == runId && r.Status == ScoringRunStatus.Queued)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, ScoringRunStatus.Running).SetProperty(r => r.StartedAt, now), ct) == 1;
    }

    /// <summary>Waits for a run (claimed by any process) to finish, and returns it as it ended.</summary>
    public async Task<ScoringRun> WaitForAsync(Guid runId, TimeSpan poll, CancellationToken ct = default)
    {
        while (true)
        {
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
            {
                var run = await db.ScoringRuns.AsNoTracking().SingleAsync(r => r.Id == runId, ct);
                if (run.IsFinished) return run;
            }
            await Task.Delay(poll, ct);
        }
    }

    /// <summary>
    /// Puts runs left "running" by a stopped process back in the queue (they committed nothing). A run is only taken
    /// for stopped when its organization's placements lock is free: a run still working elsewhere holds it.
    /// </summary>
    public async Task<int> RequeueInterruptedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var requeued = 0;
        foreach (var run in await db.ScoringRuns.Where(r => r.Status == ScoringRunStatus.Running).ToListAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await PlacementStore.TryLockImportsAsync((NpgsqlConnection)db.Database.GetDbConnection(), run.OrganizationId, ct)) continue;
            var alreadyQueued = await db.ScoringRuns.AnyAsync(r => r.OrganizationId == run.OrganizationId && r.Status == ScoringRunStatus.Queued, ct);
            run.Status = alreadyQueued ? ScoringRunStatus.Failed : ScoringRunStatus.Queued;
            run.Problem = alreadyQueued ? "Interrupted; a newer run replaces it." : null;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            requeued++;
        }
        return requeued;
    }

    /// <summary>
    /// Scores the organization's placements for a claimed run and stores the results; marks the run done or failed.
    /// A failure leaves the previous results in place. Cancellation (shutting down) puts the run back in the queue.
    /// </summary>
    public async Task RunAsync(Guid runId, CancellationToken ct = default)
    {
        try
        {
            await ScoreAsync(runId, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await UpdateRunAsync(runId, run => { run.Status = ScoringRunStatus.Queued; run.StartedAt = null; run.Scored = 0; }, CancellationToken.None);
            throw;
        }
        catch (Exception exception)
        {
            await UpdateRunAsync(runId, run =>
            {
                run.Status = ScoringRunStatus.Failed;
                run.FinishedAt = clock.GetUtcNow();
                run.Problem = "Scoring stopped because of a problem on our side; the results shown are from the previous run.";
            }, CancellationToken.None);
            throw new PlacementScoringException(runId, exception);
        }
    }

    private async Task ScoreAsync(Guid runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.ScoringRuns.SingleAsync(r => r.Id == runId, ct);
        var organizationId = run.OrganizationId;

        await db.Database.OpenConnectionAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        // The import's lock: scoring waits for an import in progress, and an import waits for scoring, so a run always
        // scores one whole, committed set of placements.
        await PlacementStore.LockImportsAsync(connection, organizationId, ct);

        // Read the standards and table once the lock is held: a publish committed while waiting is the one scored.
        var standardsVersion = await db.StandardsVersions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.OrganizationId == organizationId && s.Status == StandardsStatus.Published, ct);
        if (standardsVersion is null)
        {
            await FinishAsync(db, run, total: 0, "No published standards: the placements are stored but cannot be scored yet.", ct);
            await transaction.CommitAsync(ct);
            return;
        }
        var standards = StandardsJson.Read(standardsVersion.Document).Standards
            ?? throw new InvalidOperationException($"Published standards version {standardsVersion.Number} does not read as standards.");
        var tableId = standardsVersion.LivingWageTableId ?? await StoredLivingWageTable
            .NewestFirst(db.LivingWageTables.Where(t => t.OrganizationId == organizationId))
            .Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
        var livingWages = new LivingWageTable(tableId is null ? [] : await db.LivingWageRates.AsNoTracking()
            .Where(r => r.TableId == tableId)
            .Select(r => new LivingWage(r.CountyFips, r.HouseholdType, r.HourlyWage))
            .ToListAsync(ct));

        run.StandardsVersionId = standardsVersion.Id;
        run.LivingWageTableId = tableId;
        run.Total = await db.Placements.CountAsync(p => EF.Property<Guid>(p, PlacementConfiguration.OrganizationId) == organizationId, ct);
        await UpdateRunAsync(runId, r => (r.StandardsVersionId, r.LivingWageTableId, r.Total) = (run.StandardsVersionId, tableId, run.Total), ct);

        await using (var clear = new NpgsqlCommand(
            """DELETE FROM "PlacementResults" WHERE "OrganizationId" = @organization; DELETE FROM "BaselineRollups" WHERE "OrganizationId" = @organization""",
            connection))
        {
            clear.Parameters.AddWithValue("organization", organizationId);
            clear.CommandTimeout = (int)PlacementStore.BulkTimeout.TotalSeconds;
            await clear.ExecuteNonQueryAsync(ct);
        }

        var engine = new ScoringEngine(standards, livingWages);
        var statusColumn = standards.Used.Select(p => (int)p.Principle).ToArray();
        var statuses = new PrincipleStatus[standards.Used.Count];
        var groupings = BreakdownColumns.ByBreakdown.Keys.Select(Breakdowns.Grouping).ToArray();
        var groups = new string[groupings.Length];
        var rollup = new BaselineRollupBuilder(organizationId, BreakdownColumns.ByBreakdown.Keys.ToList());
        var programGroup = BreakdownColumns.IndexOf(nameof(PlacementResult.Program));
        var countyGroup = BreakdownColumns.IndexOf(nameof(PlacementResult.CountyFips));
        var scored = 0;
        // A second connection reads while the first writes; the lock above keeps what it reads from changing. Rows are
        // read with a plain data reader into one reused placement: the engine keeps nothing of it once scored.
        await using var reading = await dbFactory.CreateDbContextAsync(ct);
        await reading.Database.OpenConnectionAsync(ct);
        var columns = PlacementColumns.Of(reading);
        await using var select = new NpgsqlCommand(
            $"SELECT {string.Join(", ", columns.Select(c => c.Quoted))}, \"{PlacementConfiguration.Sequence}\" FROM \"Placements\" " +
            $"WHERE \"{PlacementConfiguration.OrganizationId}\" = @organization", (NpgsqlConnection)reading.Database.GetDbConnection());
        select.Parameters.AddWithValue("organization", organizationId);
        select.CommandTimeout = (int)PlacementStore.BulkTimeout.TotalSeconds;
        await using (var copy = await connection.BeginBinaryImportAsync(ResultsCopyCommand, ct))
        {
            copy.Timeout = PlacementStore.BulkTimeout;
            await using var rows = await select.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
            var placement = new Placement();
            var principleStatuses = new PrincipleStatus?[PrincipleCount];
            while (await rows.ReadAsync(ct))
            {
                for (var i = 0; i < columns.Count; i++) columns[i].Read(rows, i, placement);
                var sequence = rows.GetInt64(columns.Count);
                var (classification, met) = engine.Classify(placement, statuses);
                Array.Clear(principleStatuses);
                for (var i = 0; i < statuses.Length; i++) principleStatuses[statusColumn[i]] = statuses[i];

                copy.StartRow();
                copy.Write(organizationId, NpgsqlDbType.Uuid);
                copy.Write(placement.PlacementId, NpgsqlDbType.Text);
                copy.Write(runId, NpgsqlDbType.Uuid);
                copy.Write(sequence, NpgsqlDbType.Bigint);
                copy.Write((short)classification, NpgsqlDbType.Smallint);
                copy.Write(ScoringEngine.Percent(met, statuses.Length), NpgsqlDbType.Numeric);
                foreach (var status in principleStatuses)
                {
                    if (status is { } s) copy.Write((short)s, NpgsqlDbType.Smallint);
                    else copy.WriteNull();
                }
                copy.Write(placement.PlacementDate, NpgsqlDbType.Date);
                for (var g = 0; g < groupings.Length; g++) copy.Write(groups[g] = groupings[g](placement), NpgsqlDbType.Text);
                rollup.Add(placement.PlacementDate, groups[programGroup], groups[countyGroup], groups, sequence, classification, principleStatuses);

                if (++scored % ProgressInterval == 0)
                {
                    var soFar = scored;
                    await using var progress = await dbFactory.CreateDbContextAsync(ct);
                    await progress.ScoringRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set.SetProperty(r => r.Scored, soFar), ct);
                }
            }
            await copy.CompleteAsync(ct);
        }
        await WriteRollupAsync(connection, rollup, ct);
        await FinishAsync(db, run, scored, problem: null, ct);
        await transaction.CommitAsync(ct);
    }

    private static readonly int PrincipleCount = Enum.GetValues<Principle>().Length;

    private static async Task WriteRollupAsync(NpgsqlConnection connection, BaselineRollupBuilder rollup, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(RollupCopyCommand, ct);
        copy.Timeout = PlacementStore.BulkTimeout;
        foreach (var cell in rollup.Cells)
        {
            copy.StartRow();
            copy.Write(cell.OrganizationId, NpgsqlDbType.Uuid);
            copy.Write(cell.Breakdown, NpgsqlDbType.Text);
            copy.Write(cell.Group, NpgsqlDbType.Text);
            copy.Write(cell.PlacementDate, NpgsqlDbType.Date);
            copy.Write(cell.Program, NpgsqlDbType.Text);
            copy.Write(cell.CountyFips, NpgsqlDbType.Text);
            copy.Write(cell.FirstSequence, NpgsqlDbType.Bigint);
            copy.Write(cell.Placements, NpgsqlDbType.Integer);
            copy.Write(cell.Quality, NpgsqlDbType.Integer);
            copy.Write(cell.NotQuality, NpgsqlDbType.Integer);
            copy.Write(cell.PrincipleCounts, NpgsqlDbType.Array | NpgsqlDbType.Integer);
        }
        await copy.CompleteAsync(ct);
    }

    /// <summary>The roll-up's columns in the order <see cref="WriteRollupAsync"/> writes them.</summary>
    private static readonly string RollupCopyCommand =
        "COPY \"BaselineRollups\" (" + string.Join(", ", new[]
            {
                nameof(BaselineRollup.OrganizationId), nameof(BaselineRollup.Breakdown), nameof(BaselineRollup.Group),
                nameof(BaselineRollup.PlacementDate), nameof(BaselineRollup.Program), nameof(BaselineRollup.CountyFips),
                nameof(BaselineRollup.FirstSequence), nameof(BaselineRollup.Placements), nameof(BaselineRollup.Quality),
                nameof(BaselineRollup.NotQuality), nameof(BaselineRollup.PrincipleCounts),
            }.Select(c => $"\"{c}\"")) + ") FROM STDIN (FORMAT BINARY)";

    /// <summary>The results' columns in the order <see cref="ScoreAsync"/> writes them; principles in their enum order.</summary>
    private static readonly string ResultsCopyCommand =
        "COPY \"PlacementResults\" (" + string.Join(", ", new[]
            {
                nameof(PlacementResult.OrganizationId), nameof(PlacementResult.PlacementId), nameof(PlacementResult.ScoringRunId),
                nameof(PlacementResult.Sequence), nameof(PlacementResult.Classification), nameof(PlacementResult.Score),
            }
            .Concat(Enum.GetNames<Principle>())
            .Append(nameof(PlacementResult.PlacementDate))
            .Concat(BreakdownColumns.ByBreakdown.Values)
            .Select(c => $"\"{c}\"")) + ") FROM STDIN (FORMAT BINARY)";

    /// <summary>Marks the run done inside the scoring transaction, so "done" and the results become visible together.</summary>
    private async Task FinishAsync(AppDbContext db, ScoringRun run, int total, string? problem, CancellationToken ct)
    {
        run.Status = ScoringRunStatus.Done;
        run.Total = run.Scored = total;
        run.FinishedAt = clock.GetUtcNow();
        run.Problem = problem;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Changes a run outside the scoring transaction, so progress is visible while the run works.</summary>
    private async Task UpdateRunAsync(Guid runId, Action<ScoringRun> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.ScoringRuns.SingleAsync(r => r.Id == runId, ct);
        change(run);
        await db.SaveChangesAsync(ct);
    }

    private static Task<ScoringRun?> WaitingRunAsync(AppDbContext db, Guid organizationId, CancellationToken ct) =>
        db.ScoringRuns.SingleOrDefaultAsync(r => r.OrganizationId == organizationId && r.Status == ScoringRunStatus.Queued, ct);

    private static string Shorten(string reason) => reason.Length <= ScoringRun.ReasonMaxLength ? reason : reason[..ScoringRun.ReasonMaxLength];
}

/// <summary>A scoring run failed; the run is marked failed and the previous results stay in place.</summary>
public sealed class PlacementScoringException(Guid runId, Exception inner)
    : Exception($"Scoring run {runId} failed: {inner.Message}", inner)
{
    public Guid RunId { get; } = runId;
}
