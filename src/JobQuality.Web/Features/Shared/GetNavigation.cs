using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Data;
using JobQuality.Web.Features.Workbook;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Shared;

/// <summary>What the app bar and drawer offer: the caller's organizations and, for the current one, its open plans.</summary>
public static class GetNavigation
{
    public sealed record PlanLink(Guid Id, string Name);

    public sealed record Result(IReadOnlyList<OrganizationAccess> Organizations, OrganizationAccess? Current, IReadOnlyList<PlanLink> Plans)
    {
        /// <summary>Progress of the open plan's tools, when a plan is open.</summary>
        public IReadOnlyDictionary<string, ToolProgress> ToolProgress { get; init; } = new Dictionary<string, ToolProgress>();

        public bool CanManageUsers => Current?.Role.CanManageUsers() == true;
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Result> HandleAsync(string? organizationSlug, Guid? planId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organizations = await access.MyOrganizationsAsync(db, ct);
            if (organizationSlug is null && planId is { } id)
            {
                var planOrganization = await db.Plans.Where(p => p.Id == id).Select(p => (Guid?)p.OrganizationId).FirstOrDefaultAsync(ct);
                organizationSlug = organizations.FirstOrDefault(o => o.OrganizationId == planOrganization)?.Slug;
            }
            var current = organizations.FirstOrDefault(o => o.Slug == organizationSlug) ?? organizations.FirstOrDefault();
            if (current is null) return new Result(organizations, null, []);

            var plans = await access.VisiblePlans(db, current).AsNoTracking()
                .Where(p => p.ArchivedAt == null)
                .OrderBy(p => p.Name)
                .Select(p => new PlanLink(p.Id, p.Name))
                .ToListAsync(ct);
            var progress = planId is { } open && await access.VisiblePlans(db, current).AnyAsync(p => p.Id == open, ct)
                ? await JourneyProgress.ForPlanAsync(db, open, ct)
                : new Dictionary<string, ToolProgress>();
            return new Result(organizations, current, plans) { ToolProgress = progress };
        }
    }
}
