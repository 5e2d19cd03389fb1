using JobQuality.Data;
using JobQuality.Web.Features.Canvas;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.ActionPlan;

/// <summary>
/// Moves a step one place up or down within its strategy. Returns the strategy's steps in their new order with their new
/// versions; moving the first step up or the last one down changes nothing.
/// </summary>
public static class MoveStep
{
    public sealed record Command(Guid PlanId, Guid StepId, MoveDirection Direction);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<IReadOnlyList<StepView>>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<IReadOnlyList<StepView>>.NotFound();
            var step = await db.ActionSteps.AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.StepId && s.PlanId == command.PlanId, ct);
            if (step is null) return Outcome<IReadOnlyList<StepView>>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<IReadOnlyList<StepView>>.NotAllowed();
            if (!Enum.IsDefined(command.Direction)) return Outcome<IReadOnlyList<StepView>>.Invalid("Direction", "Move a step up or down.");

            var steps = await db.ActionSteps.Where(s => s.StrategyId == step.StrategyId).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(ct);
            if (ListOrder.Move(steps, steps.FindIndex(s => s.Id == command.StepId), command.Direction, s => s.Position, (s, p) => s.Position = p))
            {
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateConcurrencyException)
                {
                    await using var fresh = await dbFactory.CreateDbContextAsync(ct);
                    var current = await fresh.ActionSteps.AsNoTracking().Where(s => s.StrategyId == step.StrategyId)
                        .OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(ct);
                    return Outcome<IReadOnlyList<StepView>>.Conflict(current.Select(StepView.From).ToList());
                }
            }
            return Outcome<IReadOnlyList<StepView>>.Ok(steps.Select(StepView.From).ToList());
        }
    }
}
