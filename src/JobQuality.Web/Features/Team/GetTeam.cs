using JobQuality.Core.Team;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Team;

/// <summary>What a balanced team is still missing, with members named by id.</summary>
public sealed record TeamBalanceView(
    bool IsBalanced,
    IReadOnlyList<MissingPersona> MissingPersonas,
    IReadOnlyList<OrganizationalType> MissingOrganizationalTypes,
    IReadOnlyList<Guid> RolesWithoutBackup,
    IReadOnlyList<Guid> MembersWithoutLineToDecisionMaker)
{
    public static TeamBalanceView From(TeamBalance balance) => new(
        balance.IsBalanced, balance.MissingPersonas, balance.MissingOrganizationalTypes,
        balance.RolesWithoutBackup.Select(m => m.Id).ToList(), balance.MembersWithoutLineToDecisionMaker.Select(m => m.Id).ToList());
}

public sealed record TeamView(IReadOnlyList<TeamMemberView> Members, TeamBalanceView Balance);

/// <summary>A plan's coalition team in the order members were added, and what the team is missing.</summary>
public static class GetTeam
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<TeamView>> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await access.FindPlanAsync(db, planId, ct) is null) return Outcome<TeamView>.NotFound();
            // Ids are version 7 (time-ordered): they break ties between members added in the same instant.
            var members = await db.TeamMembers.AsNoTracking()
                .Where(m => m.PlanId == planId)
                .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
                .ToListAsync(ct);
            return Outcome<TeamView>.Ok(new TeamView(members.Select(TeamMemberView.From).ToList(), TeamBalanceView.From(TeamBalance.Of(members))));
        }
    }
}
