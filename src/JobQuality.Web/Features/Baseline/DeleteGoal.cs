using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Baseline;

/// <summary>
/// Removes a goal, from the version the user saw: if someone changed it in between, nothing is removed and their
/// version comes back as a conflict, so a goal is never deleted unseen.
/// </summary>
public static class DeleteGoal
{
    public sealed record Command(string Slug, Guid Id, uint Version);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock)
    {
        public async Task<Outcome<GoalView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindBaselineAsync(db, command.Slug, ct);
            if (organization is null) return Outcome<GoalView>.NotFound();
            var goal = await db.BaselineGoals.FirstOrDefaultAsync(g => g.Id == command.Id && g.OrganizationId == organization.OrganizationId, ct);
            if (goal is null) return Outcome<GoalView>.NotFound();
            if (!organization.Role.CanEditGoals()) return Outcome<GoalView>.NotAllowed();
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            if (goal.Version != command.Version) return Outcome<GoalView>.Conflict(GoalView.Stored(goal, today));

            var removed = GoalView.Stored(goal, today);
            db.Entry(goal).Property(g => g.Version).OriginalValue = command.Version;
            db.BaselineGoals.Remove(goal);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                await using var fresh = await dbFactory.CreateDbContextAsync(ct);
                var current = await fresh.BaselineGoals.AsNoTracking().FirstOrDefaultAsync(g => g.Id == command.Id, ct);
                return current is null ? Outcome<GoalView>.NotFound() : Outcome<GoalView>.Conflict(GoalView.Stored(current, today));
            }
            return Outcome<GoalView>.Ok(removed);
        }
    }
}
