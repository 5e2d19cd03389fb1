using JobQuality.Core.Comments;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Comments;

/// <summary>A plan's threads, open, resolved or all, optionally those of one element; the most recently active first.</summary>
public static class ListThreads
{
    public sealed record Query(Guid PlanId, ThreadFilter Filter = ThreadFilter.Open, string? Anchor = null);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock)
    {
        public async Task<Outcome<ThreadsView>> HandleAsync(Query query, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, query.PlanId, ct);
            if (found is null) return Outcome<ThreadsView>.NotFound();
            var anchor = query.Anchor is null ? null : CommentAnchor.Parse(query.Anchor);
            if (query.Anchor is not null && anchor is null) return Outcome<ThreadsView>.Invalid(CommentFields.Anchor, "That is not a part of a plan that can have comments.");

            var threads = db.CommentThreads.Where(t => t.PlanId == query.PlanId);
            if (anchor is not null) threads = threads.Where(t => t.Anchor == anchor.Key);
            var counts = await threads.GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            threads = query.Filter switch
            {
                ThreadFilter.Open => threads.Where(t => t.Status == CommentThreadStatus.Open),
                ThreadFilter.Resolved => threads.Where(t => t.Status == CommentThreadStatus.Resolved),
                _ => threads,
            };
            var canComment = CommentRules.CanComment(found);
            var views = await ThreadReader.ReadAsync(db, threads, access.UserId, canComment, clock.GetUtcNow(), ct);
            return Outcome<ThreadsView>.Ok(new ThreadsView(
                query.PlanId, canComment, canComment ? null : CommentRules.ArchivedMessage,
                counts.FirstOrDefault(c => c.Key == CommentThreadStatus.Open)?.Count ?? 0,
                counts.FirstOrDefault(c => c.Key == CommentThreadStatus.Resolved)?.Count ?? 0,
                views));
        }
    }
}
