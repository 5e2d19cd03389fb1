using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Baseline;

/// <summary>
/// The organization's latest scoring run, and nothing else: what the dashboard asks every two seconds while a run is
/// queued or running, to reload its figures once the run is done.
/// </summary>
public static class GetScoringStatus
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<ScoringRunView?>> HandleAsync(string slug, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindBaselineAsync(db, slug, ct);
            if (organization is null) return Outcome<ScoringRunView?>.NotFound();
            return Outcome<ScoringRunView?>.Ok(await ScoringRunView.LatestAsync(db, organization.OrganizationId, ct));
        }
    }
}
