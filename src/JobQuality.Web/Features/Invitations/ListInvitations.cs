using JobQuality.Core.Invitations;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Invitations;

/// <summary>
/// A plan's invitations, newest first, each with its status (waiting for a reply, accepted, expired, revoked).
/// For staff, directors and administrators; partners may see the plan but not who else was invited (403).
/// </summary>
public static class ListInvitations
{
    /// <param name="Status">Only invitations in this state; null for all.</param>
    public sealed record Query(Guid PlanId, InvitationStatus? Status = null);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock)
    {
        public async Task<Outcome<IReadOnlyList<InvitationView>>> HandleAsync(Query query, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, query.PlanId, ct);
            if (found is null) return Outcome<IReadOnlyList<InvitationView>>.NotFound();
            if (!found.CanEdit) return Outcome<IReadOnlyList<InvitationView>>.NotAllowed();

            var rows = await db.PlanInvitations.AsNoTracking()
                .Where(i => i.PlanId == query.PlanId)
                .OrderByDescending(i => i.CreatedAt)
                .Select(i => new
                {
                    Invitation = i,
                    InvitedBy = db.Users.Where(u => u.Id == i.InvitedBy).Select(u => u.DisplayName).FirstOrDefault(),
                    AcceptedBy = db.Users.Where(u => u.Id == i.AcceptedBy).Select(u => u.DisplayName).FirstOrDefault(),
                })
                .ToListAsync(ct);
            var now = clock.GetUtcNow();
            IReadOnlyList<InvitationView> views = rows
                .Select(r => InvitationView.From(r.Invitation, now, r.InvitedBy ?? "(unknown)", r.AcceptedBy))
                .Where(v => query.Status is null || v.Status == query.Status)
                .ToList();
            return Outcome<IReadOnlyList<InvitationView>>.Ok(views);
        }
    }
}
