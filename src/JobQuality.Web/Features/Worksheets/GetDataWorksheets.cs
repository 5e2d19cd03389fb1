using JobQuality.Core.Worksheets;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using JobQuality.Web.Features.Workbook;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Worksheets;

/// <summary>A plan's data worksheets, read in one go.</summary>
public static class GetDataWorksheets
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, GetWorkbookAnswers.Handler answers)
    {
        public async Task<Outcome<DataWorksheetsView>> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            var form = await answers.HandleAsync(planId, DataWorksheets.ToolKey, ct);
            if (!form.IsOk) return Outcome<DataWorksheetsView>.NotFound();
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await access.FindPlanAsync(db, planId, ct) is null) return Outcome<DataWorksheetsView>.NotFound();
            var needs = await db.DataNeeds.AsNoTracking().Where(n => n.PlanId == planId)
                .OrderBy(n => n.Purpose).ThenBy(n => n.Position).ThenBy(n => n.Id).ToListAsync(ct);
            var differences = await db.KeyDifferences.AsNoTracking().Where(d => d.PlanId == planId)
                .OrderBy(d => d.Position).ThenBy(d => d.Id).ToListAsync(ct);
            var indicators = await db.SuccessIndicators.AsNoTracking().Where(i => i.PlanId == planId)
                .OrderBy(i => i.Kind).ThenBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(ct);
            return Outcome<DataWorksheetsView>.Ok(new DataWorksheetsView(
                planId, form.Value!, needs.Select(DataNeedView.From).ToList(), differences.Select(KeyDifferenceView.From).ToList(),
                indicators.Select(IndicatorView.From).ToList(), DataGapsView.Of(needs)));
        }
    }
}

/// <summary>The gap view alone: which needed data does not exist yet, and who holds the rest.</summary>
public static class GetDataGaps
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<DataGapsView>> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await access.FindPlanAsync(db, planId, ct) is null) return Outcome<DataGapsView>.NotFound();
            var needs = await db.DataNeeds.AsNoTracking().Where(n => n.PlanId == planId).ToListAsync(ct);
            return Outcome<DataGapsView>.Ok(DataGapsView.Of(needs));
        }
    }
}
