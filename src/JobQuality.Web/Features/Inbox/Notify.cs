using JobQuality.Core.Comments;
using JobQuality.Core.Invitations;
using JobQuality.Core.Notifications;
using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Web.Features.Comments;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Inbox;

/// <summary>
/// Writes the notifications an action causes, into the caller's context before it saves, so they are stored in the same
/// transaction as the comment, resolution or invitation. Nobody is notified of their own action, nobody twice for one
/// action, and nobody who cannot (or can no longer) open the plan.
/// </summary>
public static class Notify
{
    /// <summary>
    /// A new comment (a thread's first, or a reply): a <see cref="NotificationKind.Mention"/> to each person it mentions,
    /// and for a reply a <see cref="NotificationKind.Reply"/> to the others who started or commented in the thread.
    /// </summary>
    public static async Task CommentAsync(AppDbContext db, Guid organizationId, CommentThread thread, Comment comment, bool isReply, DateTimeOffset now, CancellationToken ct)
    {
        var mentioned = comment.Mentions.Select(m => m.UserId).Where(u => u != comment.AuthorId).Distinct().ToList();
        var participants = isReply ? await ParticipantsAsync(db, thread, ct) : [];
        var replyTo = participants.Where(u => u != comment.AuthorId && !mentioned.Contains(u)).ToList();
        var allowed = await WhoCanSeeAsync(db, thread.PlanId, organizationId, mentioned.Concat(replyTo), ct);
        if (allowed.Count == 0) return;

        var actorName = await ActorNameAsync(db, comment.AuthorId, ct);
        var excerpt = Notification.ExcerptOf(CommentBody.PlainText(comment.Body));
        foreach (var (recipient, kind) in mentioned.Select(u => (u, NotificationKind.Mention)).Concat(replyTo.Select(u => (u, NotificationKind.Reply))))
        {
            if (allowed.Contains(recipient)) AddAboutThread(db, recipient, kind, thread.PlanId, thread.Id, comment.AuthorId, actorName, excerpt, now);
        }
    }

    /// <summary>
    /// A comment changed by its author: a <see cref="NotificationKind.Mention"/> to each person the new wording mentions
    /// and no wording of the comment mentioned before (<paramref name="mentionedBefore"/>: its first wording and every
    /// later one). So a person hears of a comment's mention at most once, however often it is removed and put back.
    /// </summary>
    public static async Task MentionsAddedByEditAsync(AppDbContext db, Guid organizationId, Comment comment, IReadOnlySet<string> mentionedBefore, DateTimeOffset now, CancellationToken ct)
    {
        var added = comment.Mentions.Select(m => m.UserId)
            .Where(u => u != comment.AuthorId && !mentionedBefore.Contains(u))
            .Distinct().ToList();
        var allowed = await WhoCanSeeAsync(db, comment.PlanId, organizationId, added, ct);
        if (allowed.Count == 0) return;

        var actorName = await ActorNameAsync(db, comment.AuthorId, ct);
        var excerpt = Notification.ExcerptOf(CommentBody.PlainText(comment.Body));
        foreach (var recipient in added.Where(allowed.Contains))
        {
            AddAboutThread(db, recipient, NotificationKind.Mention, comment.PlanId, comment.ThreadId, comment.AuthorId, actorName, excerpt, now);
        }
    }

    /// <summary>A thread resolved or reopened: a notification to everyone else who started or commented in it.</summary>
    public static async Task StatusAsync(AppDbContext db, Guid organizationId, CommentThread thread, string actorId, DateTimeOffset now, CancellationToken ct)
    {
        var kind = thread.Status == CommentThreadStatus.Resolved ? NotificationKind.Resolved : NotificationKind.Reopened;
        var note = kind == NotificationKind.Resolved ? thread.ResolutionNote : thread.ReopenNote;
        var participants = (await ParticipantsAsync(db, thread, ct)).Where(u => u != actorId);
        var allowed = await WhoCanSeeAsync(db, thread.PlanId, organizationId, participants, ct);
        if (allowed.Count == 0) return;

        var actorName = await ActorNameAsync(db, actorId, ct);
        foreach (var recipient in allowed)
        {
            AddAboutThread(db, recipient, kind, thread.PlanId, thread.Id, actorId, actorName, Notification.ExcerptOf(note), now);
        }
    }

    /// <summary>An invitation to an address that already has an account: a notification to that account.</summary>
    public static async Task InvitationAsync(AppDbContext db, PlanInvitation invitation, string recipientId, DateTimeOffset now, CancellationToken ct)
    {
        if (recipientId == invitation.InvitedBy) return;
        db.Notifications.Add(new Notification
        {
            RecipientId = recipientId,
            Kind = NotificationKind.Invitation,
            PlanId = invitation.PlanId,
            InvitationId = invitation.Id,
            ActorId = invitation.InvitedBy,
            ActorName = await ActorNameAsync(db, invitation.InvitedBy, ct),
            CreatedAt = now,
        });
    }

    private static void AddAboutThread(
        AppDbContext db, string recipient, NotificationKind kind, Guid planId, Guid threadId, string actorId, string actorName, string excerpt, DateTimeOffset now) =>
        db.Notifications.Add(new Notification
        {
            RecipientId = recipient,
            Kind = kind,
            PlanId = planId,
            ThreadId = threadId,
            ActorId = actorId,
            ActorName = actorName,
            Excerpt = excerpt,
            CreatedAt = now,
        });

    /// <summary>Who started the thread and who has commented in it (stored comments; a comment being added is not yet among them).</summary>
    private static async Task<List<string>> ParticipantsAsync(AppDbContext db, CommentThread thread, CancellationToken ct)
    {
        var authors = await db.Comments.Where(c => c.ThreadId == thread.Id).Select(c => c.AuthorId).Distinct().ToListAsync(ct);
        return authors.Prepend(thread.StartedBy).Distinct().ToList();
    }

    /// <summary>Of <paramref name="userIds"/>, those who may open the plan now (see <see cref="Shared.AccessControl"/>).</summary>
    private static async Task<HashSet<string>> WhoCanSeeAsync(AppDbContext db, Guid planId, Guid organizationId, IEnumerable<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        var allowed = await db.OrganizationMemberships.AsNoTracking()
            .Where(m => ids.Contains(m.UserId) && m.OrganizationId == organizationId
                && (m.Role != OrganizationRole.Partner || db.PlanMembers.Any(p => p.PlanId == planId && p.UserId == m.UserId)))
            .Select(m => m.UserId)
            .ToListAsync(ct);
        return allowed.ToHashSet();
    }

    private static async Task<string> ActorNameAsync(AppDbContext db, string userId, CancellationToken ct)
    {
        var name = (await CommentRules.NamesAsync(db, [userId], ct)).GetValueOrDefault(userId) ?? "Someone";
        return name.Length <= Notification.ActorNameMaxLength ? name : name[..Notification.ActorNameMaxLength];
    }
}
