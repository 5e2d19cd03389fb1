using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Team;

/// <summary>
/// Takes a member off the team, from the version the user saw: if someone changed the member in between, nothing is
/// removed and their version comes back as a conflict. Members this person backed up are left without a backup, and
/// challenges they owned without an owner.
/// </summary>
public static class RemoveTeamMember
{
    public sealed record Command(Guid PlanId, Guid MemberId, uint Version);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<TeamMemberView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<TeamMemberView>.NotFound();
            var member = await db.TeamMembers.FirstOrDefaultAsync(m => m.Id == command.MemberId && m.PlanId == command.PlanId, ct);
            if (member is null) return Outcome<TeamMemberView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<TeamMemberView>.NotAllowed();
            if (member.Version != command.Version) return Outcome<TeamMemberView>.Conflict(TeamMemberView.From(member));

            var removed = TeamMemberView.From(member);
            db.Entry(member).Property(m => m.Version).OriginalValue = command.Version;
            // Loaded so EF clears their backup here, where the history records it, rather than in the database unseen.
            await db.TeamMembers.Where(m => m.BackupMemberId == member.Id).LoadAsync(ct);
            await db.Challenges.Where(c => c.OwnerMemberId == member.Id).LoadAsync(ct);
            db.TeamMembers.Remove(member);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                await using var fresh = await dbFactory.CreateDbContextAsync(ct);
                var current = await fresh.TeamMembers.AsNoTracking().FirstOrDefaultAsync(m => m.Id == command.MemberId, ct);
                return current is null ? Outcome<TeamMemberView>.NotFound() : Outcome<TeamMemberView>.Conflict(TeamMemberView.From(current));
            }
            return Outcome<TeamMemberView>.Ok(removed);
        }
    }
}
