using JobQuality.Core.Comments;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Comments;

/// <summary>How many open and resolved threads each element of a plan has, for the badges beside them (one query per page).</summary>
public static class CountsByAnchor
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<IReadOnlyList<AnchorCount>>> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await access.FindPlanAsync(db, planId, ct) is null) return Outcome<IReadOnlyList<AnchorCount>>.NotFound();
            var counts = await db.CommentThreads.AsNoTracking().Where(t => t.PlanId == planId)
                .GroupBy(t => t.Anchor)
                .Select(g => new AnchorCount(g.Key,
                    g.Count(t => t.Status == CommentThreadStatus.Open), g.Count(t => t.Status == CommentThreadStatus.Resolved)))
                .ToListAsync(ct);
            return Outcome<IReadOnlyList<AnchorCount>>.Ok(counts.OrderBy(c => c.Anchor, StringComparer.Ordinal).ToList());
        }
    }
}
