using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.History;

/// <summary>Lists a plan's snapshots, newest first. Everyone who can see the plan can see its snapshots.</summary>
public static class ListSnapshots
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<IReadOnlyList<SnapshotSummary>>> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await access.FindPlanAsync(db, planId, ct) is null) return Outcome<IReadOnlyList<SnapshotSummary>>.NotFound();
            var rows = await db.PlanSnapshots.AsNoTracking()
                .Where(s => s.PlanId == planId)
                .OrderByDescending(s => s.TakenAt).ThenByDescending(s => s.Id)
                .GroupJoin(db.Users, s => s.TakenBy, u => u.Id, (s, users) => new { Snapshot = s, Users = users })
                .SelectMany(x => x.Users.DefaultIfEmpty(), (x, user) => new
                {
                    x.Snapshot.Id,
                    x.Snapshot.Name,
                    x.Snapshot.TakenAt,
                    x.Snapshot.TakenBy,
                    DisplayName = user == null ? null : user.DisplayName,
                })
                .ToListAsync(ct);
            return Outcome<IReadOnlyList<SnapshotSummary>>.Ok(rows
                .Select(r => new SnapshotSummary(r.Id, r.Name, r.TakenAt, Snapshots.AuthorName(r.TakenBy, r.DisplayName)))
                .ToList());
        }
    }
}
