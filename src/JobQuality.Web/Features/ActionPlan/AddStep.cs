using FluentValidation;
using JobQuality.Core.ActionPlans;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.ActionPlan;

/// <summary>Adds a step at the end of a strategy; the rest of its details are filled in afterwards (they autosave).</summary>
public static class AddStep
{
    public sealed record Command(Guid PlanId, Guid StrategyId, string Description);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Description).IsAStepDescription();
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<StepView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<StepView>.NotFound();
            if (!await db.Strategies.AnyAsync(s => s.Id == command.StrategyId && s.PlanId == command.PlanId, ct)) return Outcome<StepView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<StepView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<StepView>.Invalid(validation);

            var step = await AddAsync(db, command.PlanId, command.StrategyId, command.Description.Trim(), ct);
            await db.SaveChangesAsync(ct);
            return Outcome<StepView>.Ok(StepView.From(step));
        }
    }

    /// <summary>Adds (unsaved) a not-started step after the strategy's last one.</summary>
    internal static async Task<ActionStep> AddAsync(AppDbContext db, Guid planId, Guid strategyId, string description, CancellationToken ct)
    {
        var last = await db.ActionSteps.Where(s => s.StrategyId == strategyId).MaxAsync(s => (int?)s.Position, ct);
        var pending = db.ChangeTracker.Entries<ActionStep>().Where(e => e.Entity.StrategyId == strategyId).Select(e => (int?)e.Entity.Position).Max();
        var step = new ActionStep
        {
            PlanId = planId,
            StrategyId = strategyId,
            Description = description,
            Position = Math.Max(last ?? -1, pending ?? -1) + 1,
            Status = StepStatus.NotStarted,
        };
        db.ActionSteps.Add(step);
        return step;
    }
}
