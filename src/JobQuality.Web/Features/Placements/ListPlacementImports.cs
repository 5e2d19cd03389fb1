using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Placements;

/// <summary>The organization's recent uploads, newest first, and how its placements are being scored (board staff only).</summary>
public static class ListPlacementImports
{
    public const int Shown = 20;

    public sealed record Result(string OrganizationName, int StoredPlacements, ScoringRunView? LatestScoring, bool HasPublishedStandards, IReadOnlyList<PlacementImportView> Imports);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<Result>> HandleAsync(string slug, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindOrganizationAsync(db, slug, ct);
            if (organization is null || !organization.Role.SeesParticipantData()) return Outcome<Result>.NotFound();
            var organizationId = organization.OrganizationId;

            var imports = await db.PlacementImports.AsNoTracking()
                .Where(i => i.OrganizationId == organizationId)
                .OrderByDescending(i => i.StartedAt).Take(Shown).ToListAsync(ct);
            var runIds = imports.Where(i => i.ScoringRunId != null).Select(i => i.ScoringRunId!.Value).ToList();
            var runs = await db.ScoringRuns.AsNoTracking().Where(r => runIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
            var latest = await db.ScoringRuns.AsNoTracking()
                .Where(r => r.OrganizationId == organizationId).OrderByDescending(r => r.QueuedAt).FirstOrDefaultAsync(ct);
            var stored = await db.Placements.CountAsync(p => EF.Property<Guid>(p, "OrganizationId") == organizationId, ct);
            var published = await db.StandardsVersions.AnyAsync(s => s.OrganizationId == organizationId && s.Status == Core.Scoring.Standards.StandardsStatus.Published, ct);

            return Outcome<Result>.Ok(new Result(
                organization.Name, stored, latest is null ? null : ScoringRunView.From(latest), published,
                imports.Select(i => PlacementImportView.From(i, i.ScoringRunId is { } id ? runs.GetValueOrDefault(id) : null)).ToList()));
        }
    }
}
