using JobQuality.Core.Scoring.Standards;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Data;

/// <summary>
/// The database steps of standards versions that the web app and the command line share: numbering a new version and
/// publishing one (which retires the version in force, in one transaction).
/// </summary>
public static class StandardsPublishing
{
    /// <summary>The number the organization's next version gets (1 for its first).</summary>
    public static async Task<int> NextNumberAsync(AppDbContext db, Guid organizationId, CancellationToken ct) =>
        (await db.StandardsVersions.Where(s => s.OrganizationId == organizationId).MaxAsync(s => (int?)s.Number, ct) ?? 0) + 1;

    /// <summary>
    /// Publishes <paramref name="draft"/> (tracked by <paramref name="db"/>, new or loaded) and retires the version in force.
    /// Throws <see cref="DbUpdateException"/> when someone else changed the draft or published first; nothing is then saved.
    /// </summary>
    public static async Task PublishAsync(AppDbContext db, StandardsVersion draft, string? by, DateTimeOffset at, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var inForce = await db.StandardsVersions
            .Where(s => s.OrganizationId == draft.OrganizationId && s.Status == StandardsStatus.Published && s.Id != draft.Id)
            .ToListAsync(ct);
        if (inForce.Count > 0)
        {
            foreach (var version in inForce) version.Retire();
            // Retire first, in its own statement: the one-published-version index is checked row by row.
            await db.SaveChangesAsync(ct);
        }
        draft.Publish(by, at);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
