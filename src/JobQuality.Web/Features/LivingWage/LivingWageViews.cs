using JobQuality.Core.LivingWages;
using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.LivingWage;

/// <summary>A stored living wage table as lists and the API show it.</summary>
public sealed record LivingWageTableSummary(
    Guid Id, string SourceName, int VintageYear, int RowCount, string FileName, DateTimeOffset ImportedAt, string ImportedBy);

/// <summary>Who may work with an organization's living wage tables, and how they are described.</summary>
internal static class LivingWageTables
{
    /// <summary>Staff, directors and administrators; a partner, like a stranger, is told there is nothing here.</summary>
    public static async Task<OrganizationAccess?> FindOrganizationAsync(AccessControl access, AppDbContext db, string slug, CancellationToken ct)
    {
        var organization = await access.FindOrganizationAsync(db, slug, ct);
        return organization is { Role: not OrganizationRole.Partner } ? organization : null;
    }

    /// <summary>The tables with the names of the people who imported them.</summary>
    public static async Task<List<LivingWageTableSummary>> SummarizeAsync(AppDbContext db, IQueryable<StoredLivingWageTable> tables, CancellationToken ct)
    {
        var rows = await tables.AsNoTracking().ToListAsync(ct);
        var userIds = rows.Select(t => t.CreatedBy).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return rows.Select(t => new LivingWageTableSummary(
            t.Id, t.SourceName, t.VintageYear, t.RowCount, t.FileName, t.CreatedAt,
            t.CreatedBy is { } id && names.TryGetValue(id, out var name) ? name
            : t.CreatedBy == "cli" ? "the command line"
            : "someone no longer known")).ToList();
    }
}
