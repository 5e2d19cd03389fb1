using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Standards;

/// <summary>The versions of an organization's standards, newest first, and what the caller may do with them.</summary>
public static class ListStandardsVersions
{
    public sealed record Result(string Slug, string OrganizationName, bool CanEdit, bool CanPublish, IReadOnlyList<StandardsVersionSummary> Versions);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<Result>> HandleAsync(string slug, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindAsync(db, slug, ct);
            if (organization is null) return Outcome<Result>.NotFound();
            var versions = await db.StandardsVersions.AsNoTracking()
                .Where(s => s.OrganizationId == organization.OrganizationId)
                .OrderByDescending(s => s.Number)
                .Select(s => new StandardsVersionSummary(s.Number, s.Name, s.Status, s.CreatedAt, s.UpdatedAt, s.PublishedAt))
                .ToListAsync(ct);
            return Outcome<Result>.Ok(new Result(organization.Slug, organization.Name, organization.Role.CanEditStandards(),
                organization.Role.CanPublishStandards(), versions));
        }
    }
}
