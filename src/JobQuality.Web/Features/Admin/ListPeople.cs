using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Admin;

/// <summary>An organization's people, their roles, and the plans each partner was added to. Administrators only.</summary>
public static class ListPeople
{
    public sealed record Person(string UserId, string DisplayName, string Email, OrganizationRole Role, bool IsDisabled, IReadOnlyList<Guid> PlanIds, bool IsYou);

    public sealed record PlanOption(Guid Id, string Name);

    public sealed record Result(OrganizationAccess Organization, IReadOnlyList<Person> People, IReadOnlyList<PlanOption> Plans);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<Result>> HandleAsync(string organizationSlug, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindOrganizationAsync(db, organizationSlug, ct);
            if (organization is null) return Outcome<Result>.NotFound();
            if (!organization.Role.CanManageUsers()) return Outcome<Result>.NotAllowed();

            var plans = await db.Plans.AsNoTracking()
                .Where(p => p.OrganizationId == organization.OrganizationId && p.ArchivedAt == null)
                .OrderBy(p => p.Name)
                .Select(p => new PlanOption(p.Id, p.Name))
                .ToListAsync(ct);
            var planIds = plans.Select(p => p.Id).ToList();
            var partnerPlans = await db.PlanMembers.AsNoTracking()
                .Where(m => planIds.Contains(m.PlanId))
                .Select(m => new { m.UserId, m.PlanId })
                .ToListAsync(ct);
            var people = await db.OrganizationMemberships.AsNoTracking()
                .Where(m => m.OrganizationId == organization.OrganizationId)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email, m.Role, u.IsDisabled })
                .OrderBy(p => p.DisplayName)
                .ToListAsync(ct);
            return Outcome<Result>.Ok(new Result(
                organization,
                people.Select(p => new Person(p.Id, p.DisplayName, p.Email ?? "", p.Role, p.IsDisabled,
                    partnerPlans.Where(pp => pp.UserId == p.Id).Select(pp => pp.PlanId).ToList(), p.Id == access.UserId)).ToList(),
                plans));
        }
    }
}
