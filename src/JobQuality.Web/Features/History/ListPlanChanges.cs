using JobQuality.Core.Canvas;
using JobQuality.Core.History;
using JobQuality.Core.Team;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.History;

/// <summary>Every saved change to a plan, newest first, a page at a time, optionally for one tool only.</summary>
public static class ListPlanChanges
{
    public const int DefaultPageSize = 25;

    public sealed record Query(Guid PlanId, string? ToolKey = null, int Page = 0, int PageSize = DefaultPageSize);

    /// <summary>One saved change: who, when, which tool and record, what it did, and each field before and after.</summary>
    public sealed record Change(
        long Id, DateTimeOffset ChangedAt, string ChangedBy, ChangeKind Kind, string ToolKey, string ToolTitle, string Record,
        string Description, IReadOnlyList<FieldChange> Fields);

    public sealed record Result(IReadOnlyList<Change> Changes, int Page, int PageSize, int Total)
    {
        public bool HasMore => (Page + 1) * PageSize < Total;
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken ct = default)
        {
            var page = Math.Max(0, query.Page);
            var size = Math.Clamp(query.PageSize, 1, 100);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await access.FindPlanAsync(db, query.PlanId, ct) is null) return Outcome<Result>.NotFound();

            var changes = db.ChangeRecords.AsNoTracking().Where(c => c.PlanId == query.PlanId).OfTool(query.ToolKey);
            var total = await changes.CountAsync(ct);
            var rows = await changes
                .OrderByDescending(c => c.Id)
                .Skip(page * size)
                .Take(size)
                .GroupJoin(db.Users, c => c.ChangedBy, u => u.Id, (c, users) => new { Change = c, Users = users })
                .SelectMany(x => x.Users.DefaultIfEmpty(), (x, user) => new { x.Change, Name = user == null ? null : user.DisplayName })
                .ToListAsync(ct);
            var records = rows.Select(r => r.Change).ToList();
            var states = await ChangeWords.StatesAsync(db, query.PlanId, records, ct);
            var names = await NamesAsync(db, query.PlanId, ct);
            var result = rows.Select(r =>
            {
                var state = states.GetValueOrDefault(r.Change.Id);
                var tool = ChangeWords.ToolKeyOf(r.Change);
                return new Change(r.Change.Id, r.Change.ChangedAt, Snapshots.AuthorName(r.Change.ChangedBy, r.Name), r.Change.Kind, tool, ChangeWords.ToolTitle(tool),
                    ChangeWords.RecordLabel(r.Change, state), ChangeWords.Describe(r.Change, state), ChangeWords.Fields(r.Change, names));
            }).ToList();
            return Outcome<Result>.Ok(new Result(result, page, size, total));
        }
    }

    /// <summary>
    /// What the ids in changed fields are called: the plan's team members, current and removed (a backup, a challenge's
    /// owner), its snapshots (the one a pitch showed) and its canvas items (where feedback was applied).
    /// </summary>
    private static async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(AppDbContext db, Guid planId, CancellationToken ct)
    {
        var names = new Dictionary<Guid, string>();
        var added = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.PlanId == planId && c.EntityType == nameof(TeamMember) && c.Kind != ChangeKind.Modified)
            .ToListAsync(ct);
        foreach (var change in added)
        {
            var fields = ChangeWords.Values(change, change.Kind == ChangeKind.Deleted ? "before" : "after");
            if (Guid.TryParse(change.EntityId, out var id) && fields[nameof(TeamMember.Name)]?.GetValue<string>() is { } name) names[id] = name;
        }
        foreach (var member in await db.TeamMembers.AsNoTracking().Where(m => m.PlanId == planId).Select(m => new { m.Id, m.Name }).ToListAsync(ct))
        {
            names[member.Id] = member.Name;
        }
        foreach (var snapshot in await db.PlanSnapshots.AsNoTracking().Where(s => s.PlanId == planId).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
        {
            names[snapshot.Id] = $"“{snapshot.Name}”";
        }
        foreach (var item in await db.CanvasItems.AsNoTracking().Where(i => i.PlanId == planId).Select(i => new { i.Id, i.Square, i.Text }).ToListAsync(ct))
        {
            names[item.Id] = $"{item.Square.Info().Title}: “{item.Text}”";
        }
        return names;
    }
}
