using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.ActionPlan;

/// <summary>Removes a wait between two steps. Removing one already gone answers "not found".</summary>
public static class RemoveDependency
{
    public sealed record Command(Guid PlanId, Guid DependencyId);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<DependencyView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<DependencyView>.NotFound();
            var wait = await db.StepWaits.FirstOrDefaultAsync(w => w.Id == command.DependencyId && w.PlanId == command.PlanId, ct);
            if (wait is null) return Outcome<DependencyView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<DependencyView>.NotAllowed();
            return await dbFactory.DeleteOrConflictAsync(db, wait, w => w.Id == command.DependencyId, DependencyView.From, ct);
        }
    }
}
