using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.History;

/// <summary>One snapshot's content, as labelled entries to read.</summary>
public static class GetSnapshot
{
    public sealed record Result(SnapshotSummary Snapshot, IReadOnlyList<ContentEntry> Entries);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<Result>> HandleAsync(Guid planId, Guid snapshotId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await access.FindPlanAsync(db, planId, ct) is null) return Outcome<Result>.NotFound();
            if (await Snapshots.FindAsync(db, planId, snapshotId, ct) is not { } snapshot) return Outcome<Result>.NotFound();
            var takenBy = await Snapshots.DisplayNameAsync(db, snapshot.TakenBy, ct);
            return Outcome<Result>.Ok(new Result(
                new SnapshotSummary(snapshot.Id, snapshot.Name, snapshot.TakenAt, takenBy),
                PlanContent.FromJson(snapshot.Content).Entries()));
        }
    }
}
