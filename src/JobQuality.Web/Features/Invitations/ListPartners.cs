using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Invitations;

/// <summary>
/// The coalition partners who have access to a plan, by name, with their email addresses. For staff, directors and
/// administrators (partners see the names on the plan overview, not the addresses: 403).
/// </summary>
public static class ListPartners
{
    public sealed record Query(Guid PlanId);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<IReadOnlyList<PartnerView>>> HandleAsync(Query query, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, query.PlanId, ct);
            if (found is null) return Outcome<IReadOnlyList<PartnerView>>.NotFound();
            if (!found.CanEdit) return Outcome<IReadOnlyList<PartnerView>>.NotAllowed();

            var organizationId = found.Plan.OrganizationId;
            IReadOnlyList<PartnerView> partners = await db.PlanMembers.AsNoTracking()
                .Where(m => m.PlanId == query.PlanId)
                .Where(m => db.OrganizationMemberships.Any(o => o.UserId == m.UserId && o.OrganizationId == organizationId && o.Role == OrganizationRole.Partner))
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email, m.CreatedAt })
                .OrderBy(p => p.DisplayName)
                .Select(p => new PartnerView(p.Id, p.DisplayName, p.Email ?? "", p.CreatedAt))
                .ToListAsync(ct);
            return Outcome<IReadOnlyList<PartnerView>>.Ok(partners);
        }
    }
}
