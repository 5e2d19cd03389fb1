using FluentValidation;
using JobQuality.Core.Canvas;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Canvas;

/// <summary>
/// Saves an item's text from the version the user started with. If someone else changed the item in between, nothing
/// is written and their item comes back as a conflict. An item that was deleted meanwhile is not found.
/// </summary>
public static class SaveCanvasItem
{
    public sealed record Command(Guid PlanId, Guid ItemId, uint Version, string Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Text).FitsACanvasItem();
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

            var item = await db.CanvasItems.FirstOrDefaultAsync(i => i.Id == command.ItemId && i.PlanId == command.PlanId, ct);
            if (item is null) return Outcome<CanvasItemView>.NotFound();
            if (item.Version != command.Version) return Outcome<CanvasItemView>.Conflict(CanvasItemView.From(item));

            item.Text = command.Text.Trim();
            // Changed (or deleted) between our read and our write: show what is there now.
            return await dbFactory.SaveOrConflictAsync(db, item, i => i.Id == command.ItemId, CanvasItemView.From, ct);
        }
    }
}
