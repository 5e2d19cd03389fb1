using JobQuality.Core.Scoring;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.LivingWage;

/// <summary>One living wage table: a page of counties, each with its wage for every household type.</summary>
public static class GetLivingWageTable
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <param name="County">Show only counties whose FIPS code starts with this.</param>
    /// <param name="Page">1 for the first page.</param>
    public sealed record Query(string OrganizationSlug, Guid TableId, string? County = null, int Page = 1, int PageSize = DefaultPageSize);

    public sealed record CountyWages(string CountyFips, IReadOnlyDictionary<string, decimal> Wages);

    public sealed record Result(
        OrganizationAccess Organization, LivingWageTableSummary Table, IReadOnlyList<string> HouseholdTypes,
        IReadOnlyList<CountyWages> Counties, int TotalCounties, int Page, int PageSize)
    {
        public int PageCount => Math.Max(1, (TotalCounties + PageSize - 1) / PageSize);
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await LivingWageTables.FindOrganizationAsync(access, db, query.OrganizationSlug, ct);
            if (organization is null) return Outcome<Result>.NotFound();
            var tables = db.LivingWageTables.Where(t => t.Id == query.TableId && t.OrganizationId == organization.OrganizationId);
            var table = (await LivingWageTables.SummarizeAsync(db, tables, ct)).SingleOrDefault();
            if (table is null) return Outcome<Result>.NotFound();

            var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
            var page = Math.Max(1, query.Page);
            var rates = db.LivingWageRates.AsNoTracking().Where(r => r.TableId == table.Id);
            var householdTypes = await rates.Select(r => r.HouseholdType).Distinct().ToListAsync(ct);
            var county = query.County?.Trim() ?? "";
            if (county.Length > 0) rates = rates.Where(r => r.CountyFips.StartsWith(county));

            var counties = rates.Select(r => r.CountyFips).Distinct();
            var total = await counties.CountAsync(ct);
            var pageCounties = await counties.OrderBy(c => c).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
            var pageRates = await rates.Where(r => pageCounties.Contains(r.CountyFips))
                .Select(r => new { r.CountyFips, r.HouseholdType, r.HourlyWage })
                .ToListAsync(ct);
            var byCounty = pageRates.ToLookup(r => r.CountyFips);
            return Outcome<Result>.Ok(new Result(
                organization, table,
                householdTypes.OrderBy(IndexOf).ToList(),
                pageCounties.Select(c => new CountyWages(c, byCounty[c].ToDictionary(r => r.HouseholdType, r => r.HourlyWage))).ToList(),
                total, page, pageSize));
        }

        private static int IndexOf(string householdType)
        {
            for (var i = 0; i < HouseholdTypes.All.Count; i++)
            {
                if (HouseholdTypes.All[i] == householdType) return i;
            }
            return int.MaxValue;
        }
    }
}
