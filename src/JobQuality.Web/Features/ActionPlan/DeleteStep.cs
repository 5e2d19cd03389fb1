using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.ActionPlan;

/// <summary>Deletes a step with its RACI letters and waits, from the version the user saw; a stale delete is a conflict.</summary>
public static class DeleteStep
{
    public sealed record Command(Guid PlanId, Guid StepId, uint Version);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<StepView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<StepView>.NotFound();
            var step = await db.ActionSteps.FirstOrDefaultAsync(s => s.Id == command.StepId && s.PlanId == command.PlanId, ct);
            if (step is null) return Outcome<StepView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<StepView>.NotAllowed();
            if (step.Version != command.Version) return Outcome<StepView>.Conflict(StepView.From(step));

            var deleted = StepView.From(step);
            db.Entry(step).Property(s => s.Version).OriginalValue = command.Version;
            await StepRemoval.RemoveAsync(db, [step], ct);
            var outcome = await dbFactory.SaveOrConflictAsync(db, step, s => s.Id == command.StepId, StepView.From, ct);
            return outcome.IsOk ? Outcome<StepView>.Ok(deleted) : outcome;
        }
    }
}
