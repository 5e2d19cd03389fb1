using JobQuality.Core.Invitations;
using JobQuality.Data;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Invitations;

/// <summary>
/// What an invitation link leads to, for the accept page (anyone holding the link may open it; no sign-in needed).
/// A link that does not match an invitation says nothing about plans or people.
/// </summary>
public static class OpenInvitation
{
    public enum LinkState
    {
        /// <summary>No invitation has this link (mistyped, cut short, or made up).</summary>
        Unknown,
        Pending,
        Accepted,
        Expired,
        Revoked,
    }

    public sealed record Result(
        LinkState State,
        Guid PlanId = default,
        string PlanName = "",
        string OrganizationName = "",
        string InvitedEmail = "",
        string InviterName = "",
        DateTimeOffset ExpiresAt = default,
        bool AccountExists = false);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(string token, CancellationToken ct = default)
        {
            if (!InvitationToken.LooksValid(token)) return new Result(LinkState.Unknown);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var hash = InvitationToken.Hash(token);
            var row = await db.PlanInvitations.AsNoTracking()
                .Where(i => i.TokenHash == hash)
                .Select(i => new
                {
                    Invitation = i,
                    PlanName = i.Plan!.Name,
                    OrganizationName = db.Organizations.Where(o => o.Id == i.Plan.OrganizationId).Select(o => o.Name).First(),
                    InviterName = db.Users.Where(u => u.Id == i.InvitedBy).Select(u => u.DisplayName).FirstOrDefault(),
                    AccountExists = db.Users.Any(u => u.NormalizedEmail == i.NormalizedEmail),
                })
                .FirstOrDefaultAsync(ct);
            if (row is null) return new Result(LinkState.Unknown);
            var state = row.Invitation.StatusAt(clock.GetUtcNow()) switch
            {
                InvitationStatus.Accepted => LinkState.Accepted,
                InvitationStatus.Revoked => LinkState.Revoked,
                InvitationStatus.Expired => LinkState.Expired,
                _ => LinkState.Pending,
            };
            return new Result(state, row.Invitation.PlanId, row.PlanName, row.OrganizationName, row.Invitation.Email,
                row.InviterName ?? "the person who invited you", row.Invitation.ExpiresAt, row.AccountExists);
        }
    }

    /// <summary>What to tell someone whose link no longer works, and what to do about it.</summary>
    public static string Explain(Result link) => link.State switch
    {
        LinkState.Unknown => "This invitation link does not work. It may have been copied incompletely: open it again from the message you received, or ask the person who invited you to send a new link.",
        LinkState.Expired => $"This invitation expired on {link.ExpiresAt.UtcDateTime:d MMMM yyyy}. Invitation links work for {PlanInvitation.Lifetime.Days} days. Ask {link.InviterName} to invite you again.",
        LinkState.Accepted => "This invitation has already been used, and each link works only once. If you accepted it, sign in to open the plan. If not, ask the person who invited you to send a new link.",
        LinkState.Revoked => $"This invitation was withdrawn, so the link no longer works. If you still expect to join the plan, ask {link.InviterName} to send a new link.",
        _ => "",
    };
}
