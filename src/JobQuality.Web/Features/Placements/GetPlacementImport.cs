using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Placements;

/// <summary>
/// One upload's progress and outcome, with the scoring run it started: what the upload page polls while a file is
/// read, stored and scored. Board staff only: import records name files and hold the values of rejected rows.
/// </summary>
public static class GetPlacementImport
{
    public sealed record Query(string OrganizationSlug, Guid ImportId);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<PlacementImportView>> HandleAsync(Query query, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindOrganizationAsync(db, query.OrganizationSlug, ct);
            if (organization is null || !organization.Role.SeesParticipantData()) return Outcome<PlacementImportView>.NotFound();
            var import = await db.PlacementImports.AsNoTracking()
                .SingleOrDefaultAsync(i => i.Id == query.ImportId && i.OrganizationId == organization.OrganizationId, ct);
            if (import is null) return Outcome<PlacementImportView>.NotFound();
            var scoring = import.ScoringRunId is { } runId ? await db.ScoringRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, ct) : null;
            return Outcome<PlacementImportView>.Ok(PlacementImportView.From(import, scoring));
        }
    }
}
