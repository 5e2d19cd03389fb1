using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Invitations;

/// <summary>
/// Takes a coalition partner off a plan: they no longer see it (their other plans and their account stay). Staff,
/// directors and administrators; partners get 403. Someone who is not a partner on this plan is not found; staff are
/// never "removed" this way, because they see every plan through their role. A link still open for the partner's
/// address on this plan is revoked too, so it cannot bring them back.
/// </summary>
public static class RemovePartnerFromPlan
{
    public sealed record Command(Guid PlanId, string UserId);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<Outcome<PartnerView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<PartnerView>.NotFound();
            if (!found.CanEdit) return Outcome<PartnerView>.NotAllowed();

            var member = await db.PlanMembers.FirstOrDefaultAsync(m => m.PlanId == command.PlanId && m.UserId == command.UserId, ct);
            var user = member is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == member.UserId, ct);
            if (member is null || user is null)
            {
                logger.LogWarning("User {UserId} asked to remove {PartnerId}, who is not a partner on plan {PlanId}", access.UserId, command.UserId, command.PlanId);
                return Outcome<PartnerView>.NotFound();
            }
            var role = await db.OrganizationMemberships
                .Where(m => m.UserId == command.UserId && m.OrganizationId == found.Plan.OrganizationId)
                .Select(m => (OrganizationRole?)m.Role)
                .FirstOrDefaultAsync(ct);
            if (role is { } r && r.SeesAllPlans())
            {
                return Outcome<PartnerView>.Invalid(nameof(Command.UserId),
                    $"{user.DisplayName} is {r.DisplayName().ToLowerInvariant()} at {found.Organization.Name} and sees every plan through that role. An administrator can change their role under People and access.");
            }

            var now = clock.GetUtcNow();
            var openLinks = await db.PlanInvitations
                .Where(i => i.PlanId == command.PlanId && i.NormalizedEmail == user.NormalizedEmail && i.AcceptedAt == null && i.RevokedAt == null)
                .ToListAsync(ct);
            foreach (var link in openLinks) link.Revoke(access.UserId!, now);
            db.PlanMembers.Remove(member);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("User {UserId} removed partner {PartnerId} from plan {PlanId}", access.UserId, command.UserId, command.PlanId);
            return Outcome<PartnerView>.Ok(new PartnerView(user.Id, user.DisplayName, user.Email ?? "", member.CreatedAt));
        }
    }
}
