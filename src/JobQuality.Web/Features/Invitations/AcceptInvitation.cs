using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JobQuality.Web.Features.Invitations;

/// <summary>
/// The signed-in person accepts an invitation sent to their email address: they become a coalition partner of the
/// plan's organization (unless they already have a role there) and of the plan, and the link is used up, all in one
/// transaction. Someone signed in with another address is refused, with what to do instead.
/// </summary>
public static class AcceptInvitation
{
    public sealed record Command(string Token);

    /// <param name="AlreadyStaff">True when the person sees every plan through their role, so nothing needed adding.</param>
    public sealed record Accepted(Guid PlanId, string UserId, bool AlreadyStaff);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, ICurrentUser currentUser, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<Outcome<Accepted>> HandleAsync(Command command, CancellationToken ct = default)
        {
            if (currentUser.UserId is not { } userId) return Outcome<Accepted>.NotAllowed();
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var now = clock.GetUtcNow();
            var found = await InvitationAcceptance.FindAsync(db, command.Token, ct);
            if (InvitationAcceptance.WhyNotUsable(found, now) is { } why) return Outcome<Accepted>.Invalid("", why);

            var invitation = found!.Invitation;
            var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.NormalizedEmail }).FirstAsync(ct);
            if (user.NormalizedEmail != invitation.NormalizedEmail)
            {
                logger.LogWarning("User {UserId} tried to accept invitation {InvitationId}, which was sent to another address", userId, invitation.Id);
                return Outcome<Accepted>.Invalid("", WrongAccount(invitation.Email, user.Email ?? "another address"));
            }

            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (!await InvitationAcceptance.ClaimAsync(db, invitation.Id, now, ct))
                {
                    await transaction.RollbackAsync(ct);
                    return Outcome<Accepted>.Invalid("", await InvitationAcceptance.WhyClaimFailedAsync(db, command.Token, now, ct));
                }
                var granted = await InvitationAcceptance.GrantAccessAsync(db, found, userId, ct);
                await db.SaveChangesAsync(ct);
                await InvitationAcceptance.RecordAcceptedByAsync(db, invitation.Id, userId, ct);
                await transaction.CommitAsync(ct);
                logger.LogInformation("User {UserId} accepted invitation {InvitationId} to plan {PlanId}", userId, invitation.Id, invitation.PlanId);
                return Outcome<Accepted>.Ok(new Accepted(invitation.PlanId, userId, AlreadyStaff: !granted));
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Another invitation to the same organization was accepted at the same moment: nothing was saved here.
                return Outcome<Accepted>.Invalid("", "Your access changed while we were accepting the invitation. Open the link again.");
            }
        }

        public static string WrongAccount(string invitedEmail, string signedInEmail) =>
            $"This invitation was sent to {invitedEmail}, but you are signed in as {signedInEmail}. " +
            $"Sign out, then open the link again and sign in (or create an account) as {invitedEmail}. " +
            $"To join with {signedInEmail} instead, ask the person who invited you to invite that address.";
    }
}
