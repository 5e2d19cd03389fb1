using JobQuality.Core.Canvas;
using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.ActionPlan;

/// <summary>A plan's action plan: strategies and their steps in order, the RACI matrix, the waits between steps, approvals.</summary>
public static class GetActionPlan
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock)
    {
        public async Task<Outcome<ActionPlanView>> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, planId, ct);
            if (found is null) return Outcome<ActionPlanView>.NotFound();
            var strategies = await db.Strategies.AsNoTracking().Where(s => s.PlanId == planId)
                .OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(ct);
            var steps = await db.ActionSteps.AsNoTracking().Where(s => s.PlanId == planId)
                .OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(ct);
            var members = await db.TeamMembers.AsNoTracking().Where(m => m.PlanId == planId).OrderBy(m => m.Name)
                .Select(m => new MemberChoice(m.Id, m.Name, m.Organization)).ToListAsync(ct);
            var cells = await db.RaciCells.AsNoTracking().Where(c => c.PlanId == planId).ToListAsync(ct);
            var waits = await db.StepWaits.AsNoTracking().Where(w => w.PlanId == planId).OrderBy(w => w.Id).ToListAsync(ct);
            var canvas = await db.CanvasItems.AsNoTracking().Where(i => i.PlanId == planId && i.Square == CanvasSquare.KeyStrategies)
                .OrderBy(i => i.Position).Select(i => new CanvasStrategyChoice(i.Id, i.Text)).ToListAsync(ct);
            var approvals = await db.ActionPlanApprovals.AsNoTracking().Where(a => a.PlanId == planId)
                .OrderByDescending(a => a.ApprovedAt).ToListAsync(ct);
            var snapshots = await db.PlanSnapshots.AsNoTracking().Where(s => s.PlanId == planId).OrderByDescending(s => s.TakenAt)
                .Select(s => new SnapshotChoice(s.Id, s.Name, s.TakenAt)).ToListAsync(ct);
            var firstSteps = await db.FirstSteps.AsNoTracking().Where(s => s.PlanId == planId).OrderBy(s => s.Position).ThenBy(s => s.Id)
                .Select(s => new FirstStepChoice(s.Id, s.Text)).ToListAsync(ct);
            var indicators = await db.SuccessIndicators.AsNoTracking().Where(i => i.PlanId == planId).OrderBy(i => i.Kind).ThenBy(i => i.Position)
                .Select(i => new IndicatorChoice(i.Id, i.Text)).ToListAsync(ct);
            return Outcome<ActionPlanView>.Ok(new ActionPlanView(
                strategies.Select(StrategyView.From).ToList(),
                steps.Select(StepView.From).ToList(),
                members,
                cells.Select(RaciCellView.From).ToList(),
                waits.Select(DependencyView.From).ToList(),
                canvas,
                approvals.Select(ApprovalView.From).ToList(),
                snapshots,
                firstSteps,
                indicators,
                DateOnly.FromDateTime(clock.GetLocalNow().Date),
                found.Organization.Role.CanApproveActionPlans() && !found.Plan.IsArchived));
        }
    }
}
