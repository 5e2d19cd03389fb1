using JobQuality.Core.ActionPlans;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.ActionPlan;

/// <summary>
/// Records that one step waits on another. A wait that would close a loop is refused with a message naming the steps in
/// it; a wait already recorded is answered as it is.
/// </summary>
public static class AddDependency
{
    public sealed record Command(Guid PlanId, Guid StepId, Guid DependsOnStepId);

    public const string Field = nameof(Command.DependsOnStepId);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<DependencyView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<DependencyView>.NotFound();
            var names = await db.ActionSteps.AsNoTracking().Where(s => s.PlanId == command.PlanId)
                .ToDictionaryAsync(s => s.Id, s => s.Description, ct);
            if (!names.ContainsKey(command.StepId) || !names.ContainsKey(command.DependsOnStepId)) return Outcome<DependencyView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<DependencyView>.NotAllowed();

            var waits = await db.StepWaits.Where(w => w.PlanId == command.PlanId).ToListAsync(ct);
            var existing = waits.FirstOrDefault(w => w.StepId == command.StepId && w.DependsOnStepId == command.DependsOnStepId);
            if (existing is not null) return Outcome<DependencyView>.Ok(DependencyView.From(existing));
            var graph = new StepDependencies(waits.Select(w => new StepDependency(w.StepId, w.DependsOnStepId)));
            if (graph.LoopIfAdded(new StepDependency(command.StepId, command.DependsOnStepId)) is { } loop)
            {
                return Outcome<DependencyView>.Invalid(Field, StepDependencies.LoopMessage(loop, id => names[id]));
            }

            var wait = new StepWait { PlanId = command.PlanId, StepId = command.StepId, DependsOnStepId = command.DependsOnStepId };
            db.StepWaits.Add(wait);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return Outcome<DependencyView>.Invalid(Field, "Someone changed the waits between steps at the same moment. Reload and try again.");
            }
            return Outcome<DependencyView>.Ok(DependencyView.From(wait));
        }
    }
}
