using FluentValidation;
using JobQuality.Core.ActionPlans;
using JobQuality.Core.Canvas;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.ActionPlan;

/// <summary>Adds a strategy at the end of the action plan: its name, the goal it addresses and, optionally, the canvas key strategy it carries out.</summary>
public static class AddStrategy
{
    public sealed record Command(Guid PlanId, string Name, string Goal, Guid? CanvasItemId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).IsAStrategyName();
            RuleFor(c => c.Goal).FitsAGoal();
        }
    }

    internal const string CanvasItemMessage = "Choose an item from the Key Strategies square of this plan's canvas.";

    /// <summary>Whether <paramref name="itemId"/> is a Key Strategies item of the plan (null is fine: no link).</summary>
    internal static async Task<bool> IsKeyStrategyAsync(AppDbContext db, Guid planId, Guid? itemId, CancellationToken ct) =>
        itemId is not { } id || await db.CanvasItems.AnyAsync(i => i.Id == id && i.PlanId == planId && i.Square == CanvasSquare.KeyStrategies, ct);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<StrategyView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<StrategyView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<StrategyView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<StrategyView>.Invalid(validation);
            if (!await IsKeyStrategyAsync(db, command.PlanId, command.CanvasItemId, ct))
            {
                return Outcome<StrategyView>.Invalid(StrategyFields.CanvasItemId, CanvasItemMessage);
            }

            var last = await db.Strategies.Where(s => s.PlanId == command.PlanId).MaxAsync(s => (int?)s.Position, ct);
            var strategy = new Strategy
            {
                PlanId = command.PlanId,
                Name = command.Name.Trim(),
                Goal = command.Goal.Trim(),
                CanvasItemId = command.CanvasItemId,
                Position = (last ?? -1) + 1,
            };
            db.Strategies.Add(strategy);
            await db.SaveChangesAsync(ct);
            return Outcome<StrategyView>.Ok(StrategyView.From(strategy));
        }
    }
}
