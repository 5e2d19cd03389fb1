using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.ActionPlan;

/// <summary>
/// Copies the first steps written in Ad-Lib #2 ("our charge") into a strategy as action steps, in their order, after the
/// strategy's own steps. A first step already imported (into any strategy) is skipped, so importing twice adds nothing.
/// Answers the steps added.
/// </summary>
public static class ImportFirstSteps
{
    public sealed record Command(Guid PlanId, Guid StrategyId);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<IReadOnlyList<StepView>>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<IReadOnlyList<StepView>>.NotFound();
            if (!await db.Strategies.AnyAsync(s => s.Id == command.StrategyId && s.PlanId == command.PlanId, ct)) return Outcome<IReadOnlyList<StepView>>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<IReadOnlyList<StepView>>.NotAllowed();

            var imported = await db.ActionSteps.Where(s => s.PlanId == command.PlanId && s.FirstStepId != null).Select(s => s.FirstStepId!.Value).ToListAsync(ct);
            var firstSteps = await db.FirstSteps.AsNoTracking()
                .Where(f => f.PlanId == command.PlanId && !imported.Contains(f.Id) && f.Text.Trim() != "")
                .OrderBy(f => f.Position).ThenBy(f => f.Id).ToListAsync(ct);
            var added = new List<Core.ActionPlans.ActionStep>();
            foreach (var first in firstSteps)
            {
                var step = await AddStep.AddAsync(db, command.PlanId, command.StrategyId, Shorten(first.Text.Trim()), ct);
                step.FirstStepId = first.Id;
                added.Add(step);
            }
            if (added.Count > 0) await db.SaveChangesAsync(ct);
            return Outcome<IReadOnlyList<StepView>>.Ok(added.Select(StepView.From).ToList());
        }
    }

    private static string Shorten(string text) =>
        text.Length <= Core.ActionPlans.ActionStep.DescriptionMaxLength ? text : text[..(Core.ActionPlans.ActionStep.DescriptionMaxLength - 1)] + "…";
}
