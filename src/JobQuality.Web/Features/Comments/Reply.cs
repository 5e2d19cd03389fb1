using FluentValidation;
using JobQuality.Core.Comments;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Comments;

/// <summary>Adds a comment to a thread of the plan (open or resolved: replying does not reopen it).</summary>
public static class Reply
{
    public sealed record Command(Guid PlanId, Guid ThreadId, string Body);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).IsACommentBody();
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator, TimeProvider clock)
    {
        public async Task<Outcome<ThreadView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null || access.UserId is not { } userId) return Outcome<ThreadView>.NotFound();
            var thread = await db.CommentThreads.FirstOrDefaultAsync(t => t.Id == command.ThreadId && t.PlanId == command.PlanId, ct);
            if (thread is null) return Outcome<ThreadView>.NotFound();
            if (!CommentRules.CanComment(found)) return Outcome<ThreadView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<ThreadView>.Invalid(validation);
            var body = command.Body.Trim();
            if (await CommentRules.CheckMentionsAsync(db, command.PlanId, found.Plan.OrganizationId, body, ct) is { } refused)
            {
                return new Outcome<ThreadView>(OutcomeStatus.Invalid, Errors: [refused]);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await CommentRules.LockPosterAsync(db, userId, ct);
            var now = clock.GetUtcNow();
            if (await CommentRules.RateLimitProblemAsync(db, userId, now, ct) is { } tooMany) return Outcome<ThreadView>.TooMany(CommentFields.Body, tooMany);

            var comment = new Comment { ThreadId = thread.Id, PlanId = command.PlanId, AuthorId = userId, Body = body, CreatedAt = now };
            comment.SetMentions(CommentBody.Mentions(body).Select(m => m.UserId));
            db.Comments.Add(comment);
            thread.LastActivityAt = now;
            await Inbox.Notify.CommentAsync(db, found.Plan.OrganizationId, thread, comment, isReply: true, now, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Outcome<ThreadView>.Ok(await ReadThread.OneAsync(db, command.PlanId, thread.Id, userId, canComment: true, now, ct));
        }
    }
}
