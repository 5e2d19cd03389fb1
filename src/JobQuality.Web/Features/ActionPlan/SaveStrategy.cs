using FluentValidation;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.ActionPlan;

/// <summary>Saves a strategy from the version the user started with; if someone saved it in between, their version comes back.</summary>
public static class SaveStrategy
{
    public sealed record Command(Guid PlanId, Guid StrategyId, uint Version, string Name, string Goal, string CanvasItemId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).IsAStrategyName();
            RuleFor(c => c.Goal).FitsAGoal();
            RuleFor(c => c.CanvasItemId).IsAnOptionalId(AddStrategy.CanvasItemMessage);
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<StrategyView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<StrategyView>.NotFound();
            var strategy = await db.Strategies.FirstOrDefaultAsync(s => s.Id == command.StrategyId && s.PlanId == command.PlanId, ct);
            if (strategy is null) return Outcome<StrategyView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<StrategyView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<StrategyView>.Invalid(validation);
            if (strategy.Version != command.Version) return Outcome<StrategyView>.Conflict(StrategyView.From(strategy));
            Guid? item = command.CanvasItemId.Length == 0 ? null : Guid.Parse(command.CanvasItemId);
            if (!await AddStrategy.IsKeyStrategyAsync(db, command.PlanId, item, ct))
            {
                return Outcome<StrategyView>.Invalid(StrategyFields.CanvasItemId, AddStrategy.CanvasItemMessage);
            }

            db.Entry(strategy).Property(s => s.Version).OriginalValue = command.Version;
            strategy.Name = command.Name.Trim();
            strategy.Goal = command.Goal.Trim();
            strategy.CanvasItemId = item;
            return await dbFactory.SaveOrConflictAsync(db, strategy, s => s.Id == command.StrategyId, StrategyView.From, ct);
        }
    }
}
