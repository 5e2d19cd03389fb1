using System.Text.Json;
using JobQuality.Core.History;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Plans;

/// <summary>The latest changes to a plan, in words: who did what, and when.</summary>
public static class GetPlanHistory
{
    public sealed record Entry(DateTimeOffset ChangedAt, string ChangedBy, string Description);

    private static readonly Dictionary<string, string> FieldNames = new()
    {
        ["Name"] = "the plan name",
        ["TeamName"] = "the team name and homebase",
        ["Region"] = "the region",
        ["Focus"] = "the focus",
    };

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<IReadOnlyList<Entry>>> HandleAsync(Guid planId, int take = 10, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await access.FindPlanAsync(db, planId, ct) is null) return Outcome<IReadOnlyList<Entry>>.NotFound();

            var records = await db.ChangeRecords.AsNoTracking()
                .Where(c => c.PlanId == planId)
                .OrderByDescending(c => c.Id)
                .Take(take)
                .GroupJoin(db.Users, c => c.ChangedBy, u => u.Id, (c, users) => new { Change = c, Users = users })
                .SelectMany(x => x.Users.DefaultIfEmpty(), (x, user) => new { x.Change, Name = user == null ? null : user.DisplayName })
                .ToListAsync(ct);
            var states = await History.ChangeWords.StatesAsync(db, planId, records.Select(r => r.Change).ToList(), ct);
            return Outcome<IReadOnlyList<Entry>>.Ok(records
                .Select(r => new Entry(r.Change.ChangedAt, History.Snapshots.AuthorName(r.Change.ChangedBy, r.Name), Describe(r.Change, states.GetValueOrDefault(r.Change.Id))))
                .ToList());
        }
    }

    /// <summary>"renamed the plan from A to B", "changed the region", "archived the plan", …</summary>
    /// <param name="state">The record's fields as of this change (see <see cref="History.ChangeWords.StatesAsync"/>), to name a team member or square.</param>
    internal static string Describe(ChangeRecord change, System.Text.Json.Nodes.JsonObject? state = null)
    {
        if (change.EntityType != nameof(Core.Plans.Plan))
        {
            return History.ChangeWords.Describe(change, state);
        }
        if (change.Kind == ChangeKind.Added) return "created the plan";
        using var json = JsonDocument.Parse(change.Changes);
        var parts = new List<string>();
        foreach (var field in json.RootElement.EnumerateObject())
        {
            if (field.Name == "ArchivedAt")
            {
                parts.Add(field.Value.GetProperty("after").ValueKind == JsonValueKind.Null ? "restored the plan" : "archived the plan");
            }
            else if (field.Name == "Name")
            {
                parts.Add($"renamed the plan from “{field.Value.GetProperty("before").GetString()}” to “{field.Value.GetProperty("after").GetString()}”");
            }
            else if (FieldNames.TryGetValue(field.Name, out var label))
            {
                parts.Add($"changed {label}");
            }
        }
        return parts.Count == 0 ? "changed the plan" : string.Join(" and ", parts);
    }
}
