using JobQuality.Core.Invitations;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Data;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Invitations;

/// <summary>
/// The steps both ways of accepting share, run inside the caller's transaction. <see cref="ClaimAsync"/> comes first:
/// its conditional UPDATE locks the invitation's row, so of two accepts at the same moment the second waits, then finds
/// the invitation used and changes nothing: a link works exactly once.
/// </summary>
internal static class InvitationAcceptance
{
    /// <summary>The invitation a link points to, with what the accept steps and messages need.</summary>
    public sealed record Found(PlanInvitation Invitation, Guid OrganizationId, string InviterName);

    public static async Task<Found?> FindAsync(AppDbContext db, string token, CancellationToken ct)
    {
        if (!InvitationToken.LooksValid(token)) return null;
        var hash = InvitationToken.Hash(token);
        var row = await db.PlanInvitations.AsNoTracking()
            .Where(i => i.TokenHash == hash)
            .Select(i => new
            {
                Invitation = i,
                i.Plan!.OrganizationId,
                InviterName = db.Users.Where(u => u.Id == i.InvitedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new Found(row.Invitation, row.OrganizationId, row.InviterName ?? "the person who invited you");
    }

    /// <summary>Why a link cannot be used now, in words, or null when it can.</summary>
    public static string? WhyNotUsable(Found? found, DateTimeOffset now)
    {
        if (found is null) return OpenInvitation.Explain(new OpenInvitation.Result(OpenInvitation.LinkState.Unknown));
        var state = found.Invitation.StatusAt(now) switch
        {
            InvitationStatus.Accepted => OpenInvitation.LinkState.Accepted,
            InvitationStatus.Revoked => OpenInvitation.LinkState.Revoked,
            InvitationStatus.Expired => OpenInvitation.LinkState.Expired,
            _ => OpenInvitation.LinkState.Pending,
        };
        return state == OpenInvitation.LinkState.Pending
            ? null
            : OpenInvitation.Explain(new OpenInvitation.Result(state, ExpiresAt: found.Invitation.ExpiresAt, InviterName: found.InviterName));
    }

    /// <summary>Marks the invitation used if it still is pending; false when another accept, a revoke or the clock got there first.</summary>
    public static async Task<bool> ClaimAsync(AppDbContext db, Guid invitationId, DateTimeOffset now, CancellationToken ct) =>
        await db.PlanInvitations
            .Where(i => i.Id == invitationId && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.AcceptedAt, now), ct) == 1;

    /// <summary>
    /// Adds what the person needs to see the plan: a Partner role in the organization when they have none, and the plan
    /// membership. Staff, directors and administrators already see every plan, so nothing is added for them.
    /// Returns false for them (the invitation is still marked accepted).
    /// </summary>
    public static async Task<bool> GrantAccessAsync(AppDbContext db, Found found, string userId, CancellationToken ct)
    {
        var role = await db.OrganizationMemberships
            .Where(m => m.OrganizationId == found.OrganizationId && m.UserId == userId)
            .Select(m => (OrganizationRole?)m.Role)
            .FirstOrDefaultAsync(ct);
        if (role is { } existing && existing.SeesAllPlans()) return false;
        if (role is null)
        {
            db.OrganizationMemberships.Add(new OrganizationMembership { OrganizationId = found.OrganizationId, UserId = userId, Role = OrganizationRole.Partner });
        }
        var planId = found.Invitation.PlanId;
        if (!await db.PlanMembers.AnyAsync(m => m.PlanId == planId && m.UserId == userId, ct))
        {
            db.PlanMembers.Add(new PlanMember { PlanId = planId, UserId = userId });
        }
        return true;
    }

    /// <summary>Records who used the link (after their account exists, for the foreign key).</summary>
    public static Task RecordAcceptedByAsync(AppDbContext db, Guid invitationId, string userId, CancellationToken ct) =>
        db.PlanInvitations.Where(i => i.Id == invitationId).ExecuteUpdateAsync(set => set.SetProperty(i => i.AcceptedBy, userId), ct);

    /// <summary>The message when the claim lost: read again what happened to the invitation.</summary>
    public static async Task<string> WhyClaimFailedAsync(AppDbContext db, string token, DateTimeOffset now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return WhyNotUsable(await FindAsync(db, token, ct), now)
            ?? "This invitation changed while we were accepting it. Open the link again.";
    }
}
