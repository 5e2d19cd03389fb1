using FluentValidation;
using JobQuality.Core.Comments;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Comments;

/// <summary>
/// Starts a thread on one element of a plan with its first comment. Anyone who can open the plan may (partners too),
/// unless it is archived. An element that is a row of another plan is "not found"; mentions must name members of the plan.
/// </summary>
public static class StartThread
{
    public sealed record Command(Guid PlanId, string Anchor, string Body);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Anchor).Must(a => CommentAnchor.Parse(a) is not null).WithMessage("Choose the part of the plan this comment is about.");
            RuleFor(c => c.Body).IsACommentBody();
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator, TimeProvider clock)
    {
        public async Task<Outcome<ThreadView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null || access.UserId is not { } userId) return Outcome<ThreadView>.NotFound();
            if (!CommentRules.CanComment(found)) return Outcome<ThreadView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<ThreadView>.Invalid(validation);
            var anchor = CommentAnchor.Parse(command.Anchor)!;
            if (!await CommentRules.AnchorExistsAsync(db, command.PlanId, anchor, ct)) return Outcome<ThreadView>.NotFound();
            var body = command.Body.Trim();
            if (await CommentRules.CheckMentionsAsync(db, command.PlanId, found.Plan.OrganizationId, body, ct) is { } refused)
            {
                return new Outcome<ThreadView>(OutcomeStatus.Invalid, Errors: [refused]);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await CommentRules.LockPosterAsync(db, userId, ct);
            var now = clock.GetUtcNow();
            if (await CommentRules.RateLimitProblemAsync(db, userId, now, ct) is { } tooMany) return Outcome<ThreadView>.TooMany(CommentFields.Body, tooMany);

            var thread = new CommentThread
            {
                PlanId = command.PlanId,
                Anchor = anchor.Key,
                StartedBy = userId,
                StartedAt = now,
                LastActivityAt = now,
                Status = CommentThreadStatus.Open,
            };
            var comment = new Comment { ThreadId = thread.Id, PlanId = command.PlanId, AuthorId = userId, Body = body, CreatedAt = now };
            comment.SetMentions(CommentBody.Mentions(body).Select(m => m.UserId));
            thread.Comments.Add(comment);
            db.CommentThreads.Add(thread);
            await Inbox.Notify.CommentAsync(db, found.Plan.OrganizationId, thread, comment, isReply: false, now, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Outcome<ThreadView>.Ok(await ReadThread.OneAsync(db, command.PlanId, thread.Id, userId, canComment: true, now, ct));
        }
    }
}
