using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Challenges;

/// <summary>Takes an entry off the register, from the version the user saw; a stale delete is a conflict.</summary>
public static class DeleteChallenge
{
    public sealed record Command(Guid PlanId, Guid ChallengeId, uint Version);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<ChallengeView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<ChallengeView>.NotFound();
            var challenge = await db.Challenges.FirstOrDefaultAsync(c => c.Id == command.ChallengeId && c.PlanId == command.PlanId, ct);
            if (challenge is null) return Outcome<ChallengeView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<ChallengeView>.NotAllowed();
            if (challenge.Version != command.Version) return Outcome<ChallengeView>.Conflict(ChallengeView.From(challenge));

            db.Entry(challenge).Property(c => c.Version).OriginalValue = command.Version;
            return await dbFactory.DeleteOrConflictAsync(db, challenge, c => c.Id == command.ChallengeId, ChallengeView.From, ct);
        }
    }
}
