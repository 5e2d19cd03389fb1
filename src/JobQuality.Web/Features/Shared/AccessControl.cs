using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Data;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Shared;

/// <summary>An organization the caller belongs to, and their role in it.</summary>
public sealed record OrganizationAccess(Guid OrganizationId, string Slug, string Name, OrganizationRole Role);

/// <summary>A plan the caller may open, with what they may do in it.</summary>
public sealed record PlanAccess(Plan Plan, OrganizationAccess Organization)
{
    public bool CanEdit => Organization.Role.CanEditPlans();
}

/// <summary>
/// The one place that decides who sees which organization and plan. Every handler and endpoint asks here
/// first; a plan the caller may not see is reported as missing (never "forbidden"), and the attempt is logged.
/// </summary>
public sealed class AccessControl(ICurrentUser currentUser, ILogger<AccessControl> logger)
{
    public string? UserId => currentUser.UserId;

    public async Task<IReadOnlyList<OrganizationAccess>> MyOrganizationsAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (UserId is not { } userId) return [];
        return await db.OrganizationMemberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .OrderBy(m => m.Organization!.Name)
            .Select(m => new OrganizationAccess(m.OrganizationId, m.Organization!.Slug, m.Organization.Name, m.Role))
            .ToListAsync(ct);
    }

    public async Task<OrganizationAccess?> FindOrganizationAsync(AppDbContext db, string slug, CancellationToken ct = default)
    {
        var access = (await MyOrganizationsAsync(db, ct)).FirstOrDefault(o => o.Slug == slug);
        if (access is null)
        {
            logger.LogWarning("User {UserId} asked for organization {OrganizationSlug} without belonging to it", UserId, slug);
        }
        return access;
    }

    /// <summary>The plans of an organization that the caller may see: all of them, or for a partner the ones they were added to.</summary>
    public IQueryable<Plan> VisiblePlans(AppDbContext db, OrganizationAccess organization)
    {
        var plans = db.Plans.Where(p => p.OrganizationId == organization.OrganizationId);
        return organization.Role.SeesAllPlans()
            ? plans
            : plans.Where(p => p.Members.Any(m => m.UserId == UserId));
    }

    /// <summary>Loads a plan (tracked, for editing) if the caller may see it; null otherwise.</summary>
    public async Task<PlanAccess?> FindPlanAsync(AppDbContext db, Guid planId, CancellationToken ct = default)
    {
        if (UserId is { } userId)
        {
            var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == planId, ct);
            if (plan is not null)
            {
                var organization = (await MyOrganizationsAsync(db, ct)).FirstOrDefault(o => o.OrganizationId == plan.OrganizationId);
                if (organization is not null
                    && (organization.Role.SeesAllPlans()
                        || await db.PlanMembers.AnyAsync(m => m.PlanId == planId && m.UserId == userId, ct)))
                {
                    return new PlanAccess(plan, organization);
                }
            }
        }
        logger.LogWarning("User {UserId} asked for plan {PlanId} that does not exist or is not theirs to see", UserId, planId);
        return null;
    }
}
