using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Comments;

/// <summary>
/// Deletes one's own comment: its words (and earlier wordings) go, a tombstone stays in the thread so the replies
/// around it still read in order. Someone else's comment may not be deleted.
/// </summary>
public static class DeleteComment
{
    public sealed record Command(Guid PlanId, Guid ThreadId, Guid CommentId, uint Version);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock)
    {
        public async Task<Outcome<ThreadView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null || access.UserId is not { } userId) return Outcome<ThreadView>.NotFound();
            var comment = await db.Comments.Include(c => c.Edits).Include(c => c.Mentions)
                .FirstOrDefaultAsync(c => c.Id == command.CommentId && c.ThreadId == command.ThreadId && c.PlanId == command.PlanId, ct);
            if (comment is null) return Outcome<ThreadView>.NotFound();
            if (!CommentRules.CanComment(found) || !comment.IsAuthor(userId)) return Outcome<ThreadView>.NotAllowed();
            var now = clock.GetUtcNow();
            if (comment.Version != command.Version) return Outcome<ThreadView>.Conflict(await ReadThread.OneAsync(db, command.PlanId, command.ThreadId, userId, true, now, ct));

            if (!comment.IsDeleted)
            {
                db.Entry(comment).Property(c => c.Version).OriginalValue = command.Version;
                comment.Delete(now);
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateConcurrencyException)
                {
                    return Outcome<ThreadView>.Conflict(await ReadThread.OneAsync(db, command.PlanId, command.ThreadId, userId, true, now, ct));
                }
            }
            return Outcome<ThreadView>.Ok(await ReadThread.OneAsync(db, command.PlanId, command.ThreadId, userId, true, now, ct));
        }
    }
}
