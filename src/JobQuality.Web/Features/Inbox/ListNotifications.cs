using JobQuality.Core.Notifications;
using JobQuality.Data;
using JobQuality.Web.Features.Comments;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Inbox;

/// <summary>
/// The caller's own notifications, newest first (or the unread ones first, each group newest first), a page at a
/// time (pages count from 0). Notifications about plans the caller can no longer open are left out.
/// </summary>
public static class ListNotifications
{
    public const int DefaultPageSize = 20;

    public sealed record Query(int Page = 0, int PageSize = DefaultPageSize, bool UnreadFirst = false);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<NotificationsPage>> HandleAsync(Query query, CancellationToken ct = default)
        {
            if (access.UserId is not { } userId) return Outcome<NotificationsPage>.NotFound();
            var size = Math.Clamp(query.PageSize, 1, 100);
            var page = Math.Max(0, query.Page);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var mine = InboxQueries.Mine(db, userId).AsNoTracking();
            var total = await mine.CountAsync(ct);
            var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
            var ordered = query.UnreadFirst
                ? mine.OrderBy(n => n.ReadAt == null ? 0 : 1).ThenByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
                : mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id);
            var rows = await ordered.Skip(page * size).Take(size).ToListAsync(ct);
            return Outcome<NotificationsPage>.Ok(new NotificationsPage(await ViewsAsync(db, rows, ct), total, unread, page, size));
        }
    }

    private static async Task<List<NotificationView>> ViewsAsync(AppDbContext db, List<Notification> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var planIds = rows.Select(n => n.PlanId).Distinct().ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var threadIds = rows.Select(n => n.ThreadId).OfType<Guid>().Distinct().ToList();
        var threads = await db.CommentThreads.AsNoTracking().Where(t => threadIds.Contains(t.Id))
            .Select(t => new { t.Id, t.PlanId, t.Anchor }).ToListAsync(ct);
        var labels = new Dictionary<Guid, ElementLabel>();
        foreach (var byPlan in threads.GroupBy(t => t.PlanId))
        {
            var planLabels = await ThreadReader.LabelsAsync(db, byPlan.Key, byPlan.Select(t => t.Anchor), ct);
            foreach (var t in byPlan) labels[t.Id] = planLabels[t.Anchor];
        }
        var invitationIds = rows.Select(n => n.InvitationId).OfType<Guid>().ToList();
        var accepted = await db.PlanInvitations.AsNoTracking().Where(i => invitationIds.Contains(i.Id) && i.AcceptedAt != null)
            .Select(i => i.Id).ToListAsync(ct);

        return rows.Select(n =>
        {
            var planName = plans.GetValueOrDefault(n.PlanId) ?? "a plan";
            var element = n.ThreadId is { } threadId ? labels.GetValueOrDefault(threadId) : null;
            var link = n.Kind switch
            {
                NotificationKind.Invitation => accepted.Contains(n.InvitationId ?? Guid.Empty) ? $"/plans/{n.PlanId}" : null,
                // The page of the element, with the panel open on the thread (the layout reads "thread").
                _ when element?.PlanPage is { } page => $"/plans/{n.PlanId}/{page}?thread={n.ThreadId}",
                _ when n.ThreadId is { } thread => $"/plans/{n.PlanId}?thread={thread}",
                _ => $"/plans/{n.PlanId}",
            };
            return new NotificationView(n.Id, n.Kind, Sentence(n, planName), n.ActorName, n.PlanId, planName, n.ThreadId,
                element?.Label, n.Excerpt, link, n.CreatedAt, n.ReadAt);
        }).ToList();
    }

    /// <summary>Who did what, in a few words: the element and plan are shown next to it.</summary>
    public static string Sentence(Notification n, string planName) => n.Kind switch
    {
        NotificationKind.Mention => $"{n.ActorName} mentioned you in a comment",
        NotificationKind.Reply => $"{n.ActorName} replied in a conversation you are part of",
        NotificationKind.Resolved => $"{n.ActorName} resolved a conversation you are part of",
        NotificationKind.Reopened => $"{n.ActorName} reopened a conversation you are part of",
        NotificationKind.Invitation => $"{n.ActorName} invited you to join “{planName}” as a coalition partner",
        _ => $"{n.ActorName} did something in “{planName}”",
    };
}
