using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.ActionPlan;

/// <summary>Deletes a strategy with its steps (and their RACI letters and waits), from the version the user saw.</summary>
public static class DeleteStrategy
{
    public sealed record Command(Guid PlanId, Guid StrategyId, uint Version);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<StrategyView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<StrategyView>.NotFound();
            var strategy = await db.Strategies.FirstOrDefaultAsync(s => s.Id == command.StrategyId && s.PlanId == command.PlanId, ct);
            if (strategy is null) return Outcome<StrategyView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<StrategyView>.NotAllowed();
            if (strategy.Version != command.Version) return Outcome<StrategyView>.Conflict(StrategyView.From(strategy));

            // Load what goes with it, so the history records each step, letter and wait that leaves.
            var steps = await db.ActionSteps.Where(s => s.StrategyId == strategy.Id).ToListAsync(ct);
            await StepRemoval.RemoveAsync(db, steps, ct);
            db.Entry(strategy).Property(s => s.Version).OriginalValue = command.Version;
            return await dbFactory.DeleteOrConflictAsync(db, strategy, s => s.Id == command.StrategyId, StrategyView.From, ct);
        }
    }
}

/// <summary>Removes steps through the change tracker with their letters and waits, so each removal is in the history.</summary>
internal static class StepRemoval
{
    public static async Task RemoveAsync(AppDbContext db, IReadOnlyCollection<Core.ActionPlans.ActionStep> steps, CancellationToken ct)
    {
        var ids = steps.Select(s => s.Id).ToList();
        db.RaciCells.RemoveRange(await db.RaciCells.Where(c => ids.Contains(c.StepId)).ToListAsync(ct));
        db.StepWaits.RemoveRange(await db.StepWaits.Where(w => ids.Contains(w.StepId) || ids.Contains(w.DependsOnStepId)).ToListAsync(ct));
        db.ActionSteps.RemoveRange(steps);
    }
}
