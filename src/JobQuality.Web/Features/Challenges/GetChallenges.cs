using JobQuality.Core.Challenges;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Challenges;

/// <summary>A plan's challenges register in the order entries were added, with the starter library and the team as possible owners.</summary>
public static class GetChallenges
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<ChallengesView>> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await access.FindPlanAsync(db, planId, ct) is null) return Outcome<ChallengesView>.NotFound();
            var challenges = await db.Challenges.AsNoTracking().Where(c => c.PlanId == planId)
                .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(ct);
            var owners = await db.TeamMembers.AsNoTracking().Where(m => m.PlanId == planId)
                .OrderBy(m => m.Name).Select(m => new OwnerChoice(m.Id, m.Name)).ToListAsync(ct);
            return Outcome<ChallengesView>.Ok(new ChallengesView(challenges.Select(ChallengeView.From).ToList(), ChallengeLibrary.Starters, owners));
        }
    }
}
