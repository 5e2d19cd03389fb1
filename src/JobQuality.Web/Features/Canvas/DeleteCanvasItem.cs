using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Canvas;

/// <summary>
/// Deletes an item as the user last saw it. If someone changed it since, nothing is deleted and their item comes back as
/// a conflict, so nobody deletes words they have not read.
/// </summary>
public static class DeleteCanvasItem
{
    public sealed record Command(Guid PlanId, Guid ItemId, uint Version);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<CanvasItemView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<CanvasItemView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<CanvasItemView>.NotAllowed();

            var item = await db.CanvasItems.FirstOrDefaultAsync(i => i.Id == command.ItemId && i.PlanId == command.PlanId, ct);
            if (item is null) return Outcome<CanvasItemView>.NotFound();
            if (item.Version != command.Version) return Outcome<CanvasItemView>.Conflict(CanvasItemView.From(item));

            db.CanvasItems.Remove(item);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                await using var fresh = await dbFactory.CreateDbContextAsync(ct);
                var current = await fresh.CanvasItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == command.ItemId, ct);
                return current is null ? Outcome<CanvasItemView>.NotFound() : Outcome<CanvasItemView>.Conflict(CanvasItemView.From(current));
            }
            return Outcome<CanvasItemView>.Ok(CanvasItemView.From(item));
        }
    }
}
