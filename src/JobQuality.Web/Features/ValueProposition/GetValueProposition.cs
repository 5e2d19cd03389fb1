using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.ValueProposition;

/// <summary>A plan's value proposition; an empty one (version 0) until someone saves it.</summary>
public static class GetValueProposition
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<ValuePropositionView>> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await access.FindPlanAsync(db, planId, ct) is null) return Outcome<ValuePropositionView>.NotFound();
            var saved = await db.ValuePropositions.AsNoTracking().FirstOrDefaultAsync(v => v.PlanId == planId, ct);
            return Outcome<ValuePropositionView>.Ok(ValuePropositionView.From(saved ?? new Core.Workbook.ValueProposition { PlanId = planId }));
        }
    }
}
