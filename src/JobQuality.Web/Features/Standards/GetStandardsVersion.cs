using JobQuality.Core.Scoring.Standards;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Standards;

/// <summary>One version of an organization's standards by number, or the published one when no number is given.</summary>
public static class GetStandardsVersion
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<StandardsVersionView>> HandleAsync(string slug, int? number, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindAsync(db, slug, ct);
            if (organization is null) return Outcome<StandardsVersionView>.NotFound();
            var versions = db.StandardsVersions.AsNoTracking().Where(s => s.OrganizationId == organization.OrganizationId);
            var version = number is { } n
                ? await versions.FirstOrDefaultAsync(s => s.Number == n, ct)
                : await versions.FirstOrDefaultAsync(s => s.Status == StandardsStatus.Published, ct);
            return version is null ? Outcome<StandardsVersionView>.NotFound() : Outcome<StandardsVersionView>.Ok(StandardsVersionView.From(version, organization.Slug));
        }
    }
}
