using JobQuality.Core.Canvas;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Canvas;

public enum MoveDirection
{
    Up,
    Down,
}

/// <summary>
/// Moves an item one place up or down within its square, swapping it with its neighbour. Returns the square's items in
/// their new order with their new versions (a move changes the rows, so anyone editing them needs the new versions).
/// Moving the first item up or the last one down changes nothing.
/// </summary>
public static class MoveCanvasItem
{
    public sealed record Command(Guid PlanId, Guid ItemId, MoveDirection Direction);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<IReadOnlyList<CanvasItemView>>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<IReadOnlyList<CanvasItemView>>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<IReadOnlyList<CanvasItemView>>.NotAllowed();
            if (!Enum.IsDefined(command.Direction)) return Outcome<IReadOnlyList<CanvasItemView>>.Invalid("Direction", "Move an item up or down.");

            var item = await db.CanvasItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == command.ItemId && i.PlanId == command.PlanId, ct);
            if (item is null) return Outcome<IReadOnlyList<CanvasItemView>>.NotFound();
            var square = await db.CanvasItems.Where(i => i.PlanId == command.PlanId && i.Square == item.Square).InOrder().ToListAsync(ct);

            if (ListOrder.Move(square, square.FindIndex(i => i.Id == command.ItemId), command.Direction, i => i.Position, (i, p) => i.Position = p))
            {
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Someone changed the square at the same moment: hand back its current order so the page can show it.
                    await using var fresh = await dbFactory.CreateDbContextAsync(ct);
                    var current = await fresh.CanvasItems.AsNoTracking()
                        .Where(i => i.PlanId == command.PlanId && i.Square == item.Square).InOrder().ToListAsync(ct);
                    return Outcome<IReadOnlyList<CanvasItemView>>.Conflict(current.Select(CanvasItemView.From).ToList());
                }
            }
            return Outcome<IReadOnlyList<CanvasItemView>>.Ok(square.Select(CanvasItemView.From).ToList());
        }
    }
}
