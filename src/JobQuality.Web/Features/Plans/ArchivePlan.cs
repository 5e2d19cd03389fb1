using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Plans;

/// <summary>Moves a finished or abandoned plan out of the way, or brings it back. Nothing is deleted.</summary>
public static class ArchivePlan
{
    public sealed record Command(Guid PlanId, bool Archive);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<Outcome<PlanSummary>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<PlanSummary>.NotFound();
            if (!found.CanEdit) return Outcome<PlanSummary>.NotAllowed();

            found.Plan.ArchivedAt = command.Archive ? clock.GetUtcNow() : null;
            await db.SaveChangesAsync(ct);
            logger.LogInformation("User {UserId} set plan {PlanId} archived={Archived}", access.UserId, command.PlanId, command.Archive);
            return Outcome<PlanSummary>.Ok(await PlanSummary.LoadAsync(db, found.Plan, found.Organization.Slug, ct));
        }
    }
}
