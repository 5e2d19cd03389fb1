using JobQuality.Core.Invitations;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Invitations;

/// <summary>
/// Stops an invitation's link working. Staff, directors and administrators; an invitation of another plan is not found.
/// Revoking twice is harmless; a link already used cannot be revoked (remove the partner instead).
/// </summary>
public static class RevokeInvitation
{
    public sealed record Command(Guid PlanId, Guid InvitationId);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<Outcome<InvitationView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<InvitationView>.NotFound();
            if (!found.CanEdit) return Outcome<InvitationView>.NotAllowed();
            var invitation = await db.PlanInvitations.FirstOrDefaultAsync(i => i.Id == command.InvitationId && i.PlanId == command.PlanId, ct);
            if (invitation is null)
            {
                logger.LogWarning("User {UserId} asked for invitation {InvitationId}, which is not on plan {PlanId}", access.UserId, command.InvitationId, command.PlanId);
                return Outcome<InvitationView>.NotFound();
            }
            if (invitation.AcceptedAt is not null)
            {
                return Outcome<InvitationView>.Invalid("", "This invitation was already accepted. To take the person off the plan, remove them from its partners.");
            }

            var now = clock.GetUtcNow();
            if (invitation.Revoke(access.UserId!, now))
            {
                await db.SaveChangesAsync(ct);
                logger.LogInformation("User {UserId} revoked invitation {InvitationId} to plan {PlanId}", access.UserId, invitation.Id, command.PlanId);
            }
            var invitedBy = await db.Users.Where(u => u.Id == invitation.InvitedBy).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
            return Outcome<InvitationView>.Ok(InvitationView.From(invitation, now, invitedBy ?? "(unknown)", null));
        }
    }
}
