using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Comments;

/// <summary>One thread of a plan with its comments (not found when it belongs to another plan).</summary>
public static class ReadThread
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock)
    {
        public async Task<Outcome<ThreadView>> HandleAsync(Guid planId, Guid threadId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, planId, ct);
            if (found is null) return Outcome<ThreadView>.NotFound();
            var threads = await ThreadReader.ReadAsync(db, db.CommentThreads.Where(t => t.Id == threadId && t.PlanId == planId),
                access.UserId, CommentRules.CanComment(found), clock.GetUtcNow(), ct);
            return threads.Count == 0 ? Outcome<ThreadView>.NotFound() : Outcome<ThreadView>.Ok(threads[0]);
        }
    }

    /// <summary>Reads a thread again after a change, through the context that made it.</summary>
    internal static async Task<ThreadView> OneAsync(AppDbContext db, Guid planId, Guid threadId, string? userId, bool canComment, DateTimeOffset now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return (await ThreadReader.ReadAsync(db, db.CommentThreads.Where(t => t.Id == threadId && t.PlanId == planId), userId, canComment, now, ct)).Single();
    }
}
