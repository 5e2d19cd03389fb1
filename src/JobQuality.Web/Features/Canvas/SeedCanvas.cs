using JobQuality.Core.Canvas;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Canvas;

/// <summary>
/// Copies the value proposition onto the canvas: who it helps into Beneficiaries, its strategies and levers into Key
/// Strategies. Items already on the canvas are never added twice, so seeding again only adds what is new.
/// </summary>
public static class SeedCanvas
{
    /// <param name="Added">Items added now.</param>
    /// <param name="AlreadyOnCanvas">Items the value proposition suggests that the canvas already holds.</param>
    /// <param name="Message">The result in a sentence, for the user.</param>
    public sealed record Result(int Added, int AlreadyOnCanvas, bool HasValueProposition, string Message);

    public sealed record Command(Guid PlanId);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<Result>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<Result>.NotAllowed();

            var proposition = await db.ValuePropositions.AsNoTracking().FirstOrDefaultAsync(v => v.PlanId == command.PlanId, ct);
            if (proposition is null)
            {
                return Outcome<Result>.Ok(new Result(0, 0, false,
                    "There is no value proposition to start from yet. Write it first, then seed the canvas from it."));
            }

            // One seeding at a time per plan, so two people pressing the button together cannot add the same items twice.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "Plans" WHERE "Id" = {command.PlanId} FOR UPDATE""", ct);
            var existing = await db.CanvasItems.Where(i => i.PlanId == command.PlanId).ToListAsync(ct);
            var suggested = JobQualityCanvas.SeedFrom(proposition, []).Count;
            var seeds = JobQualityCanvas.SeedFrom(proposition, existing);
            var next = existing.GroupBy(i => i.Square).ToDictionary(g => g.Key, g => g.Max(i => i.Position) + 1);
            foreach (var (square, text) in seeds)
            {
                var position = next.GetValueOrDefault(square);
                next[square] = position + 1;
                db.CanvasItems.Add(new CanvasItem { PlanId = command.PlanId, Square = square, Text = text, Position = position });
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);

            var already = suggested - seeds.Count;
            return Outcome<Result>.Ok(new Result(seeds.Count, already, true, Describe(suggested, seeds.Count, already)));
        }

        private static string Describe(int suggested, int added, int already) => (suggested, added) switch
        {
            (0, _) => "The value proposition does not name who it helps, its strategies or its levers yet, so there was nothing to copy.",
            (_, 0) => $"Nothing new to add: {Items(already)} from the value proposition {(already == 1 ? "is" : "are")} already on the canvas.",
            _ when already == 0 => $"Added {Items(added)} from the value proposition.",
            _ => $"Added {Items(added)} from the value proposition; {already} {(already == 1 ? "was" : "were")} already on the canvas.",
        };

        private static string Items(int count) => count == 1 ? "1 item" : $"{count} items";
    }
}
