using System.Linq.Expressions;
using FluentValidation.Results;
using JobQuality.Core.Common;
using JobQuality.Data;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Shared;

/// <summary>
/// The steps every add, save and delete of a plan's list rows (worksheet rows, indicators, first steps) takes in the
/// same order: the plan must be visible (else not found) and editable (else not allowed), the input valid, the row
/// in this plan (else not found: an id from another plan is never touched), the version the one the user read (else
/// a conflict with the current row). Saves and deletes that lose a race come back as conflicts too.
/// </summary>
public static class PlanRows
{
    /// <summary>Adds the row <paramref name="create"/> makes (null when what it hangs from is not in the plan: not found).</summary>
    public static async Task<Outcome<TView>> AddAsync<TRow, TView>(
        this IDbContextFactory<AppDbContext> dbFactory, AccessControl access, Guid planId, ValidationResult validation,
        Func<AppDbContext, Task<TRow?>> create, Func<TRow, TView> view, CancellationToken ct)
        where TRow : class, IPlanRow
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await CheckAsync<TView>(db, access, planId, validation, ct) is { } refused) return refused;
        var row = await create(db);
        if (row is null) return Outcome<TView>.NotFound();
        db.Add(row);
        await db.SaveChangesAsync(ct);
        return Outcome<TView>.Ok(view(row));
    }

    /// <summary>Changes a row from the version the user read.</summary>
    public static async Task<Outcome<TView>> EditAsync<TRow, TView>(
        this IDbContextFactory<AppDbContext> dbFactory, AccessControl access, Guid planId, Guid rowId, uint version,
        ValidationResult validation, Action<TRow> apply, Func<TRow, TView> view, CancellationToken ct)
        where TRow : class, IPlanRow
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await CheckAsync<TView>(db, access, planId, validation, ct) is { } refused) return refused;
        var row = await db.Set<TRow>().FirstOrDefaultAsync(r => r.Id == rowId && r.PlanId == planId, ct);
        if (row is null) return Outcome<TView>.NotFound();
        if (row.Version != version) return Outcome<TView>.Conflict(view(row));
        apply(row);
        return await dbFactory.SaveOrConflictAsync(db, row, r => r.Id == rowId, view, ct);
    }

    /// <summary>Deletes a row as the user last saw it; if someone changed it since, nothing is deleted.</summary>
    public static async Task<Outcome<TView>> DeleteAsync<TRow, TView>(
        this IDbContextFactory<AppDbContext> dbFactory, AccessControl access, Guid planId, Guid rowId, uint version,
        Func<TRow, TView> view, CancellationToken ct)
        where TRow : class, IPlanRow
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await CheckAsync<TView>(db, access, planId, new ValidationResult(), ct) is { } refused) return refused;
        var row = await db.Set<TRow>().FirstOrDefaultAsync(r => r.Id == rowId && r.PlanId == planId, ct);
        if (row is null) return Outcome<TView>.NotFound();
        if (row.Version != version) return Outcome<TView>.Conflict(view(row));
        db.Remove(row);
        return await dbFactory.SaveOrConflictAsync(db, row, r => r.Id == rowId, view, ct);
    }

    private static async Task<Outcome<TView>?> CheckAsync<TView>(AppDbContext db, AccessControl access, Guid planId, ValidationResult validation, CancellationToken ct)
    {
        var found = await access.FindPlanAsync(db, planId, ct);
        if (found is null) return Outcome<TView>.NotFound();
        if (!found.CanEdit || found.Plan.IsArchived) return Outcome<TView>.NotAllowed();
        return validation.IsValid ? null : Outcome<TView>.Invalid(validation);
    }

    /// <summary>The next position at the end of a list.</summary>
    public static async Task<int> NextPositionAsync<TRow>(this IQueryable<TRow> list, Expression<Func<TRow, int>> position, CancellationToken ct)
    {
        // MAX over no rows is null: ask for int? so an empty list starts at 0.
        var nullable = Expression.Lambda<Func<TRow, int?>>(Expression.Convert(position.Body, typeof(int?)), position.Parameters);
        return (await list.MaxAsync(nullable, ct) ?? -1) + 1;
    }
}
