using JobQuality.Core.Comments;
using JobQuality.Core.Common;
using JobQuality.Data;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Comments;

/// <summary>What an element of a plan is called, and the page of the plan (<c>plans/{id}/{PlanPage}</c>) that shows it.</summary>
internal sealed record ElementLabel(string Label, string? PlanPage);

/// <summary>Reads threads with their comments and turns them into views: names of people, labels of elements, and what the caller may do.</summary>
internal static class ThreadReader
{
    public static async Task<List<ThreadView>> ReadAsync(
        AppDbContext db, IQueryable<CommentThread> threads, string? userId, bool canComment, DateTimeOffset now, CancellationToken ct)
    {
        var loaded = await threads.AsNoTracking()
            .Include(t => t.Comments.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)).ThenInclude(c => c.Mentions)
            .AsSplitQuery()
            .OrderByDescending(t => t.LastActivityAt).ThenBy(t => t.Id)
            .ToListAsync(ct);
        if (loaded.Count == 0) return [];

        var commentIds = loaded.SelectMany(t => t.Comments).Select(c => c.Id).ToList();
        var editCounts = await db.CommentEdits.AsNoTracking().Where(e => commentIds.Contains(e.CommentId))
            .GroupBy(e => e.CommentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var names = await CommentRules.NamesAsync(db, loaded.SelectMany(t =>
            t.Comments.Select(c => c.AuthorId).Append(t.StartedBy).Append(t.ResolvedBy).Append(t.ReopenedBy)), ct);
        var labels = await LabelsAsync(db, loaded[0].PlanId, loaded.Select(t => t.Anchor), ct);

        return loaded.Select(t =>
        {
            var element = labels[t.Anchor];
            return new ThreadView(
                t.Id, t.PlanId, t.Anchor, element.Label, element.PlanPage, t.Status,
                t.StartedBy, Name(names, t.StartedBy), t.StartedAt, t.LastActivityAt,
                t.ResolvedBy is null ? null : Name(names, t.ResolvedBy), t.ResolvedAt, t.ResolutionNote,
                t.ReopenedBy is null ? null : Name(names, t.ReopenedBy), t.ReopenedAt, t.ReopenNote,
                t.Comments.Select(c => View(c, names, editCounts.GetValueOrDefault(c.Id), userId, canComment, now)).ToList(),
                t.Version);
        }).ToList();
    }

    public static CommentView View(Comment c, IReadOnlyDictionary<string, string> names, int edits, string? userId, bool canComment, DateTimeOffset now) => new(
        c.Id, c.ThreadId, c.AuthorId, Name(names, c.AuthorId), c.IsDeleted ? null : c.Body, c.CreatedAt, c.EditedAt, c.IsDeleted,
        c.IsDeleted ? 0 : edits, c.Mentions.Select(m => m.UserId).ToList(),
        CanEdit: canComment && c.CanBeEditedBy(userId, now),
        CanDelete: canComment && c.IsAuthor(userId) && !c.IsDeleted,
        c.EditableUntil, c.Version);

    private static string Name(IReadOnlyDictionary<string, string> names, string userId) => names.GetValueOrDefault(userId) ?? "Someone";

    /// <summary>
    /// What people call each element the keys name in a plan (a row by its text, "(since deleted)" when it is gone; a key
    /// that names nothing by itself), and the page of the plan that shows it. One query per kind of row named.
    /// </summary>
    internal static async Task<Dictionary<string, ElementLabel>> LabelsAsync(AppDbContext db, Guid planId, IEnumerable<string> keys, CancellationToken ct)
    {
        var anchors = keys.Distinct().ToDictionary(k => k, CommentAnchor.Parse);
        var rowTexts = await RowTextsAsync(db, planId, anchors.Values.OfType<CommentAnchor>().Where(a => a.IsRow).ToList(), ct);
        return anchors.ToDictionary(a => a.Key, a => a.Value is { } anchor
            ? new ElementLabel(anchor.Label(anchor.RowId is { } row ? rowTexts.GetValueOrDefault(row) : null), anchor.PlanPage)
            : new ElementLabel(a.Key, null));
    }

    /// <summary>The text of each row an anchor points at (rows deleted since are missing).</summary>
    private static async Task<Dictionary<Guid, string>> RowTextsAsync(AppDbContext db, Guid planId, IReadOnlyList<CommentAnchor> anchors, CancellationToken ct)
    {
        var texts = new Dictionary<Guid, string>();
        await AddTextsAsync(db.CanvasItems, CommentAnchorKind.CanvasItem, r => r.Text);
        await AddTextsAsync(db.DataNeeds, CommentAnchorKind.DataNeed, r => r.DataType);
        await AddTextsAsync(db.KeyDifferences, CommentAnchorKind.KeyDifference, r => r.Difference);
        await AddTextsAsync(db.SuccessIndicators, CommentAnchorKind.Indicator, r => r.Text);
        await AddTextsAsync(db.PitchFeedback, CommentAnchorKind.PitchFeedback, r => r.Text);
        await AddTextsAsync(db.Challenges, CommentAnchorKind.Challenge, r => r.Title);
        await AddTextsAsync(db.ActionSteps, CommentAnchorKind.ActionStep, r => r.Description);
        return texts;

        // Rows are short; they are read whole, and only those the anchors name.
        async Task AddTextsAsync<TRow>(IQueryable<TRow> rows, CommentAnchorKind kind, Func<TRow, string> text) where TRow : class, IPlanRow
        {
            var ids = anchors.Where(a => a.Kind == kind).Select(a => a.RowId!.Value).ToList();
            if (ids.Count == 0) return;
            foreach (var row in await rows.AsNoTracking().Where(r => r.PlanId == planId && ids.Contains(r.Id)).ToListAsync(ct)) texts[row.Id] = text(row);
        }
    }
}
