using JobQuality.Core.LivingWages;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.LivingWage;

/// <summary>An organization's living wage tables, the newest figures first.</summary>
public static class ListLivingWageTables
{
    public sealed record Result(OrganizationAccess Organization, IReadOnlyList<LivingWageTableSummary> Tables);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<Result>> HandleAsync(string organizationSlug, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await LivingWageTables.FindOrganizationAsync(access, db, organizationSlug, ct);
            if (organization is null) return Outcome<Result>.NotFound();
            var tables = StoredLivingWageTable.NewestFirst(db.LivingWageTables.Where(t => t.OrganizationId == organization.OrganizationId));
            return Outcome<Result>.Ok(new Result(organization, await LivingWageTables.SummarizeAsync(db, tables, ct)));
        }
    }
}
