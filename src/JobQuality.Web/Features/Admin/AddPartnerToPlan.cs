using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Admin;

/// <summary>
/// Gives a coalition partner of the organization access to one plan. Administrators only; staff and
/// directors already see every plan.
/// </summary>
public static class AddPartnerToPlan
{
    public sealed record Command(Guid PlanId, string UserId);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, ILogger<Handler> logger)
    {
        public async Task<Outcome<bool>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<bool>.NotFound();
            if (!found.Organization.Role.CanManageUsers()) return Outcome<bool>.NotAllowed();

            var role = await db.OrganizationMemberships
                .Where(m => m.OrganizationId == found.Plan.OrganizationId && m.UserId == command.UserId)
                .Select(m => (OrganizationRole?)m.Role)
                .FirstOrDefaultAsync(ct);
            if (PlanMembershipRules.WhyCannotAdd(role) is { } reason) return Outcome<bool>.Invalid(nameof(Command.UserId), reason);
            if (await db.PlanMembers.AnyAsync(m => m.PlanId == command.PlanId && m.UserId == command.UserId, ct))
            {
                return Outcome<bool>.Ok(false);
            }
            db.PlanMembers.Add(new PlanMember { PlanId = command.PlanId, UserId = command.UserId });
            await db.SaveChangesAsync(ct);
            logger.LogInformation("User {UserId} added partner {PartnerId} to plan {PlanId}", access.UserId, command.UserId, command.PlanId);
            return Outcome<bool>.Ok(true);
        }
    }
}
