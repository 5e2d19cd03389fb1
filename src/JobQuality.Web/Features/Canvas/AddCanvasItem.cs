using FluentValidation;
using JobQuality.Core.Canvas;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Canvas;

/// <summary>Adds an item at the end of a square.</summary>
public static class AddCanvasItem
{
    public sealed record Command(Guid PlanId, CanvasSquare Square, string Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Square).IsInEnum().WithMessage("Choose one of the nine squares of the canvas.");
            RuleFor(c => c.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Type something to add.")
                .FitsACanvasItem();
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<CanvasItemView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<CanvasItemView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<CanvasItemView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<CanvasItemView>.Invalid(validation);

            var last = await db.CanvasItems.Where(i => i.PlanId == command.PlanId && i.Square == command.Square)
                .MaxAsync(i => (int?)i.Position, ct);
            var item = new CanvasItem
            {
                PlanId = command.PlanId,
                Square = command.Square,
                Text = command.Text.Trim(),
                Position = (last ?? -1) + 1,
            };
            db.CanvasItems.Add(item);
            await db.SaveChangesAsync(ct);
            return Outcome<CanvasItemView>.Ok(CanvasItemView.From(item));
        }
    }
}
