using JobQuality.Core.Plans;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using JobQuality.Web.Features.Workbook;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Plans;

/// <summary>One plan's overview, if the caller may see it.</summary>
public static class GetPlan
{
    public sealed record Result(
        PlanSummary Plan, OrganizationAccess Organization, bool CanEdit, IReadOnlyList<string> PartnerNames,
        IReadOnlyDictionary<string, ToolProgress> ToolProgress);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<Result>> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, planId, ct);
            if (found is null) return Outcome<Result>.NotFound();

            var partners = await db.PlanMembers.AsNoTracking()
                .Where(m => m.PlanId == planId)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.DisplayName)
                .OrderBy(n => n)
                .ToListAsync(ct);
            var progress = await JourneyProgress.ForPlanAsync(db, planId, ct);
            return Outcome<Result>.Ok(new Result(
                PlanSummary.From(found.Plan, found.Organization.Slug, progress), found.Organization, found.CanEdit, partners, progress));
        }
    }
}
