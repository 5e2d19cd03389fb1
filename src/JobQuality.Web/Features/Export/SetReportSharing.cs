using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Export;

/// <summary>
/// Lets the plan's coalition partners download its report, or stops them. The command states the wanted setting (not a
/// toggle), so two people choosing the same thing at once agree; the change is kept in the plan's history.
/// </summary>
public static class SetReportSharing
{
    public sealed record Command(Guid PlanId, bool PartnersMayExport);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, ILogger<Handler> logger)
    {
        public async Task<Outcome<ReportSharing>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<ReportSharing>.NotFound();
            if (!found.CanChangeSharing()) return Outcome<ReportSharing>.NotAllowed();

            if (found.Plan.PartnersMayExport != command.PartnersMayExport)
            {
                found.Plan.PartnersMayExport = command.PartnersMayExport;
                await db.SaveChangesAsync(ct);
                logger.LogInformation("User {UserId} set partners-may-export={Allowed} on plan {PlanId}", access.UserId, command.PartnersMayExport, command.PlanId);
            }
            return Outcome<ReportSharing>.Ok(ReportSharing.Of(found));
        }
    }
}

/// <summary>Whether partners may download the report, and what the caller may do about it.</summary>
public sealed record ReportSharing(bool PartnersMayExport, bool CanExport, bool CanChange)
{
    public static ReportSharing Of(PlanAccess plan) => new(plan.Plan.PartnersMayExport, plan.CanExport(), plan.CanChangeSharing());
}

/// <summary>Reads the sharing setting of a plan the caller can see.</summary>
public static class GetReportSharing
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<ReportSharing>> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, planId, ct);
            return found is null ? Outcome<ReportSharing>.NotFound() : Outcome<ReportSharing>.Ok(ReportSharing.Of(found));
        }
    }
}
