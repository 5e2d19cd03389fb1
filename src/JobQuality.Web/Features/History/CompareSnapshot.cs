using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.History;

/// <summary>
/// What changed between a snapshot and the plan as it is now: entries added since, removed since, and changed (with the
/// snapshot's text as "before" and today's as "after"). Restoring the snapshot would undo exactly these differences.
/// </summary>
public static class CompareSnapshot
{
    public sealed record Result(SnapshotSummary Snapshot, IReadOnlyList<DiffEntry> Differences);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<Result>> HandleAsync(Guid planId, Guid snapshotId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await access.FindPlanAsync(db, planId, ct) is null) return Outcome<Result>.NotFound();
            if (await Snapshots.FindAsync(db, planId, snapshotId, ct) is not { } snapshot) return Outcome<Result>.NotFound();
            var current = await PlanContent.LoadAsync(db, planId, ct);
            var takenBy = await Snapshots.DisplayNameAsync(db, snapshot.TakenBy, ct);
            return Outcome<Result>.Ok(new Result(
                new SnapshotSummary(snapshot.Id, snapshot.Name, snapshot.TakenAt, takenBy),
                ContentDiff.Compare(PlanContent.FromJson(snapshot.Content).Entries(), current.Entries())));
        }
    }
}
