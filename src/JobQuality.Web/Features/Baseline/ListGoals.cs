using JobQuality.Data;
using JobQuality.Data.Baseline;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Baseline;

/// <summary>An organization's goals, soonest due first, each measured against the whole current baseline (no filters).</summary>
public static class ListGoals
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock)
    {
        public async Task<Outcome<IReadOnlyList<GoalView>>> HandleAsync(string slug, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindBaselineAsync(db, slug, ct);
            if (organization is null) return Outcome<IReadOnlyList<GoalView>>.NotFound();
            var orgId = organization.OrganizationId;
            var minCell = await db.Organizations.Where(o => o.Id == orgId).Select(o => o.MinCellSize).SingleAsync(ct);
            var figures = await db.BaselineGoals.AnyAsync(g => g.OrganizationId == orgId, ct)
                ? await BaselineQuery.GetAsync(db, orgId, BaselineFilter.All, BaselineWords.Columns, minCell, ct)
                : null;
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return Outcome<IReadOnlyList<GoalView>>.Ok(await LoadAsync(db, orgId, figures, minCell, today, ct));
        }
    }

    /// <summary>The goals measured against <paramref name="figures"/>, the organization's unfiltered baseline (null when never scored).</summary>
    public static async Task<IReadOnlyList<GoalView>> LoadAsync(
        AppDbContext db, Guid organizationId, BaselineFigures? figures, int minCell, DateOnly today, CancellationToken ct)
    {
        var goals = await db.BaselineGoals.AsNoTracking().Where(g => g.OrganizationId == organizationId)
            .OrderBy(g => g.TargetDate).ThenBy(g => g.CreatedAt).ToListAsync(ct);
        return goals.Select(g => GoalView.From(g,
            GoalIndicators.Measure(figures, minCell, g.Measure, g.Principle, g.GroupColumn, g.GroupValue), today)).ToList();
    }
}
