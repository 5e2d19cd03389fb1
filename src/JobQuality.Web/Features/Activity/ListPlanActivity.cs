using JobQuality.Core.Comments;
using JobQuality.Core.Notifications;
using JobQuality.Data;
using JobQuality.Web.Features.Comments;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Activity;

/// <summary>What an activity item is about.</summary>
public enum ActivityKind
{
    /// <summary>A change to the plan's content (from its history).</summary>
    Change,
    ThreadStarted,
    Replied,
    Resolved,
    Reopened,
}

/// <summary>
/// One thing that happened in a plan: who, what (in words), when, and for comments the element and a short excerpt
/// (empty for a deleted comment, which reads as deleted).
/// </summary>
public sealed record ActivityItem(DateTimeOffset At, ActivityKind Kind, string ActorName, string Description, string? ElementLabel, string Excerpt, bool IsDeleted);

public sealed record ActivityPage(IReadOnlyList<ActivityItem> Items, int Page, int PageSize, int Total)
{
    public bool HasMore => (Page + 1) * PageSize < Total;
}

/// <summary>
/// A plan's activity, newest first, a page at a time (from 0): content changes, worded as the plan overview words them,
/// and comment events (threads started, replies, resolutions, reopenings). Everyone who may open the plan may read it,
/// partners included: it holds plan content and conversation only, never participant-level data.
/// </summary>
public static class ListPlanActivity
{
    public const int DefaultPageSize = 25;

    public sealed record Query(Guid PlanId, int Page = 0, int PageSize = DefaultPageSize);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<ActivityPage>> HandleAsync(Query query, CancellationToken ct = default)
        {
            var page = Math.Max(0, query.Page);
            var size = Math.Clamp(query.PageSize, 1, 100);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await access.FindPlanAsync(db, query.PlanId, ct) is null) return Outcome<ActivityPage>.NotFound();
            var planId = query.PlanId;

            // Each source newest first, as many as the pages up to this one could need; merged, then this page cut out.
            var needed = (page + 1) * size;
            var changes = await db.ChangeRecords.AsNoTracking().Where(c => c.PlanId == planId)
                .OrderByDescending(c => c.Id).Take(needed).ToListAsync(ct);
            var comments = await db.Comments.AsNoTracking().Where(c => c.PlanId == planId)
                .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(needed)
                .Select(c => new
                {
                    c.AuthorId,
                    c.CreatedAt,
                    c.Body,
                    c.DeletedAt,
                    c.Thread!.Anchor,
                    // A thread's first comment is posted at the moment the thread starts, by who starts it.
                    IsFirst = c.CreatedAt == c.Thread.StartedAt && c.AuthorId == c.Thread.StartedBy,
                })
                .ToListAsync(ct);
            var resolutions = await db.CommentThreads.AsNoTracking().Where(t => t.PlanId == planId && t.ResolvedAt != null)
                .OrderByDescending(t => t.ResolvedAt).Take(needed)
                .Select(t => new { t.Anchor, By = t.ResolvedBy!, At = t.ResolvedAt!.Value, Note = t.ResolutionNote }).ToListAsync(ct);
            var reopenings = await db.CommentThreads.AsNoTracking().Where(t => t.PlanId == planId && t.ReopenedAt != null)
                .OrderByDescending(t => t.ReopenedAt).Take(needed)
                .Select(t => new { t.Anchor, By = t.ReopenedBy!, At = t.ReopenedAt!.Value, Note = t.ReopenNote }).ToListAsync(ct);
            var total = await db.ChangeRecords.CountAsync(c => c.PlanId == planId, ct)
                + await db.Comments.CountAsync(c => c.PlanId == planId, ct)
                + await db.CommentThreads.CountAsync(t => t.PlanId == planId && t.ResolvedAt != null, ct)
                + await db.CommentThreads.CountAsync(t => t.PlanId == planId && t.ReopenedAt != null, ct);

            var names = await CommentRules.NamesAsync(db, changes.Select(c => c.ChangedBy)
                .Concat(comments.Select(c => c.AuthorId)).Concat(resolutions.Select(r => r.By)).Concat(reopenings.Select(r => r.By)), ct);
            var labels = await ThreadReader.LabelsAsync(db, planId,
                comments.Select(c => c.Anchor).Concat(resolutions.Select(r => r.Anchor)).Concat(reopenings.Select(r => r.Anchor)), ct);
            string Label(string key) => labels[key].Label;
            string Name(string? id) => id is not null && names.TryGetValue(id, out var n) ? n : "Someone";
            var states = await History.ChangeWords.StatesAsync(db, planId, changes, ct);

            var items = new List<ActivityItem>();
            items.AddRange(changes.Select(c => new ActivityItem(c.ChangedAt, ActivityKind.Change, History.Snapshots.AuthorName(c.ChangedBy, names.GetValueOrDefault(c.ChangedBy ?? "")),
                Plans.GetPlanHistory.Describe(c, states.GetValueOrDefault(c.Id)), null, "", false)));
            items.AddRange(comments.Select(c =>
            {
                var label = Label(c.Anchor);
                var deleted = c.DeletedAt is not null;
                var description = c.IsFirst ? $"started a conversation on {label}" : $"replied on {label}";
                if (deleted) description += " (the comment was deleted since)";
                return new ActivityItem(c.CreatedAt, c.IsFirst ? ActivityKind.ThreadStarted : ActivityKind.Replied, Name(c.AuthorId), description, label,
                    deleted ? "" : Notification.ExcerptOf(CommentBody.PlainText(c.Body)), deleted);
            }));
            items.AddRange(resolutions.Select(r => new ActivityItem(r.At, ActivityKind.Resolved, Name(r.By), $"resolved the conversation on {Label(r.Anchor)}",
                Label(r.Anchor), Notification.ExcerptOf(r.Note), false)));
            items.AddRange(reopenings.Select(r => new ActivityItem(r.At, ActivityKind.Reopened, Name(r.By), $"reopened the conversation on {Label(r.Anchor)}",
                Label(r.Anchor), Notification.ExcerptOf(r.Note), false)));

            var pageItems = items.OrderByDescending(i => i.At).ThenBy(i => i.Kind == ActivityKind.Change ? 1 : 0)
                .Skip(page * size).Take(size).ToList();
            return Outcome<ActivityPage>.Ok(new ActivityPage(pageItems, page, size, total));
        }
    }
}
