using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using JobQuality.Web.Features.Workbook;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Plans;

/// <summary>The plans of one organization that the caller may see.</summary>
public static class ListPlans
{
    public sealed record Query(string OrganizationSlug, bool IncludeArchived = false);

    public sealed record Result(OrganizationAccess Organization, IReadOnlyList<PlanSummary> Plans, int ArchivedCount)
    {
        public bool CanCreate => Organization.Role.CanEditPlans();
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindOrganizationAsync(db, query.OrganizationSlug, ct);
            if (organization is null) return Outcome<Result>.NotFound();

            var visible = access.VisiblePlans(db, organization).AsNoTracking();
            var plans = await visible
                .Where(p => query.IncludeArchived || p.ArchivedAt == null)
                .OrderByDescending(p => p.UpdatedAt)
                .ToListAsync(ct);
            var archived = await visible.CountAsync(p => p.ArchivedAt != null, ct);
            var progress = await JourneyProgress.ForPlansAsync(db, plans.Select(p => p.Id).ToList(), ct);
            return Outcome<Result>.Ok(new Result(organization, plans.Select(p => PlanSummary.From(p, organization.Slug, progress[p.Id])).ToList(), archived));
        }
    }
}
