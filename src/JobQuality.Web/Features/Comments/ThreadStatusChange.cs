using JobQuality.Core.Comments;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Comments;

/// <summary>Resolving and reopening: the same checks, a different change.</summary>
internal static class ThreadStatusChange
{
    public static async Task<Outcome<ThreadView>> ApplyAsync(
        IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock, Guid planId, Guid threadId, uint version,
        Func<Task<FluentValidation.Results.ValidationResult>> validate, CommentThreadStatus target,
        Action<CommentThread, string, DateTimeOffset> apply, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await access.FindPlanAsync(db, planId, ct);
        if (found is null || access.UserId is not { } userId) return Outcome<ThreadView>.NotFound();
        var thread = await db.CommentThreads.FirstOrDefaultAsync(t => t.Id == threadId && t.PlanId == planId, ct);
        if (thread is null) return Outcome<ThreadView>.NotFound();
        if (!CommentRules.CanComment(found)) return Outcome<ThreadView>.NotAllowed();
        var validation = await validate();
        if (!validation.IsValid) return Outcome<ThreadView>.Invalid(validation);
        var now = clock.GetUtcNow();
        if (thread.Version != version) return Outcome<ThreadView>.Conflict(await ReadThread.OneAsync(db, planId, threadId, userId, true, now, ct));
        if (thread.Status == target)
        {
            return Outcome<ThreadView>.Invalid(CommentFields.Note,
                target == CommentThreadStatus.Resolved ? "This thread is already resolved." : "This thread is already open.");
        }

        db.Entry(thread).Property(t => t.Version).OriginalValue = version;
        apply(thread, userId, now);
        await Inbox.Notify.StatusAsync(db, found.Plan.OrganizationId, thread, userId, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<ThreadView>.Conflict(await ReadThread.OneAsync(db, planId, threadId, userId, true, now, ct));
        }
        return Outcome<ThreadView>.Ok(await ReadThread.OneAsync(db, planId, threadId, userId, true, now, ct));
    }
}
