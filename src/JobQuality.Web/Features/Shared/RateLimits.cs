using JobQuality.Data;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Shared;

/// <summary>
/// Per-person limits counted in PostgreSQL from the rows the actions leave (comments, invitations), so they hold across
/// app instances: at most so many in a sliding window. Call <see cref="LockPersonAsync"/> first, in the transaction that
/// will add the row, so two requests of one person are counted one after the other.
/// </summary>
public static class RateLimits
{
    /// <summary>How long until one more is allowed, given when the person's earlier ones happened; null when it is allowed now.</summary>
    public static async Task<TimeSpan?> WaitAsync(
        IQueryable<DateTimeOffset> times, int limit, TimeSpan window, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - window;
        var recent = await times.Where(t => t > since).OrderByDescending(t => t).Take(limit).ToListAsync(ct);
        return recent.Count < limit ? null : recent[^1] + window - now;
    }

    /// <summary>A PostgreSQL advisory lock on (what, person), held until the transaction ends.</summary>
    public static Task LockPersonAsync(AppDbContext db, int what, string userId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({what}, hashtext({userId}))", ct);
}
