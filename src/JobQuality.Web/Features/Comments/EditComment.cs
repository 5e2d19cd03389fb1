using FluentValidation;
using JobQuality.Core.Comments;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Comments;

/// <summary>
/// Changes the wording of one's own comment, from the version one read, within 15 minutes of posting it. The earlier
/// wording is kept. Someone else's comment may be read but not changed (not allowed).
/// </summary>
public static class EditComment
{
    public sealed record Command(Guid PlanId, Guid ThreadId, Guid CommentId, uint Version, string Body);

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
            var comment = await db.Comments.Include(c => c.Mentions)
                .FirstOrDefaultAsync(c => c.Id == command.CommentId && c.ThreadId == command.ThreadId && c.PlanId == command.PlanId, ct);
            if (comment is null) return Outcome<ThreadView>.NotFound();
            if (!CommentRules.CanComment(found) || !comment.IsAuthor(userId) || comment.IsDeleted) return Outcome<ThreadView>.NotAllowed();
            var now = clock.GetUtcNow();
            if (comment.Version != command.Version) return Outcome<ThreadView>.Conflict(await ReadThread.OneAsync(db, command.PlanId, command.ThreadId, userId, true, now, ct));
            if (!comment.CanBeEditedBy(userId, now))
            {
                return Outcome<ThreadView>.Invalid(CommentFields.Body,
                    $"A comment can be changed for {Comment.EditWindow.TotalMinutes:0} minutes after it is posted, and that time is over for this one. Reply below instead.");
            }
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<ThreadView>.Invalid(validation);
            var body = command.Body.Trim();
            if (await CommentRules.CheckMentionsAsync(db, command.PlanId, found.Plan.OrganizationId, body, ct) is { } refused)
            {
                return new Outcome<ThreadView>(OutcomeStatus.Invalid, Errors: [refused]);
            }

            if (body != comment.Body)
            {
                db.Entry(comment).Property(c => c.Version).OriginalValue = command.Version;
                var mentionedBefore = await MentionedBeforeAsync(db, comment, ct);
                comment.Edit(body, CommentBody.Mentions(body).Select(m => m.UserId), now);
                // In the same save as the new wording: a stale edit (someone's other tab saved first) notifies nobody.
                await Inbox.Notify.MentionsAddedByEditAsync(db, found.Plan.OrganizationId, comment, mentionedBefore, now, ct);
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

        /// <summary>
        /// Everyone any wording of the comment has mentioned: the current one and the earlier ones kept in
        /// <c>CommentEdits</c>. They were told when the mention was first written, so a later edit does not tell them again.
        /// </summary>
        private static async Task<IReadOnlySet<string>> MentionedBeforeAsync(AppDbContext db, Comment comment, CancellationToken ct)
        {
            var earlier = await db.CommentEdits.AsNoTracking().Where(e => e.CommentId == comment.Id).Select(e => e.Body).ToListAsync(ct);
            return comment.Mentions.Select(m => m.UserId)
                .Concat(earlier.SelectMany(b => CommentBody.Mentions(b).Select(m => m.UserId)))
                .ToHashSet();
        }
    }
}
