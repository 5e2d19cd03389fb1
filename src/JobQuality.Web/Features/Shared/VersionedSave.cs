using System.Linq.Expressions;
using JobQuality.Data;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Shared;

/// <summary>
/// The last step of every save from a version: write, and if someone else's save landed between our read and our write
/// (the database refuses the stale version, or a first save races another), answer with what is stored now, so the
/// user sees their version instead of losing it or ours.
/// </summary>
public static class VersionedSave
{
    /// <param name="db">The context holding the changed record.</param>
    /// <param name="record">The record being saved.</param>
    /// <param name="sameRecord">Finds the record again in a fresh context.</param>
    /// <param name="view">How the caller shows a record.</param>
    public static async Task<Outcome<TView>> SaveOrConflictAsync<TRecord, TView>(
        this IDbContextFactory<AppDbContext> dbFactory, AppDbContext db, TRecord record,
        Expression<Func<TRecord, bool>> sameRecord, Func<TRecord, TView> view, CancellationToken ct)
        where TRecord : class
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            var current = await fresh.Set<TRecord>().AsNoTracking().FirstOrDefaultAsync(sameRecord, ct);
            return current is null ? Outcome<TView>.NotFound() : Outcome<TView>.Conflict(view(current));
        }
        return Outcome<TView>.Ok(view(record));
    }

    /// <summary>
    /// Deletes a record read at the version the user saw: if someone changed or deleted it in between, nothing is deleted
    /// and what is stored now comes back (a conflict), or "not found" when it is gone. Answers the deleted record.
    /// </summary>
    public static async Task<Outcome<TView>> DeleteOrConflictAsync<TRecord, TView>(
        this IDbContextFactory<AppDbContext> dbFactory, AppDbContext db, TRecord record,
        Expression<Func<TRecord, bool>> sameRecord, Func<TRecord, TView> view, CancellationToken ct)
        where TRecord : class
    {
        var deleted = view(record);
        db.Remove(record);
        var outcome = await dbFactory.SaveOrConflictAsync(db, record, sameRecord, view, ct);
        return outcome.IsOk ? Outcome<TView>.Ok(deleted) : outcome;
    }
}
