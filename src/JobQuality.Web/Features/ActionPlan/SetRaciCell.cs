using JobQuality.Core.ActionPlans;
using JobQuality.Core.Common;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.ActionPlan;

/// <summary>
/// Puts a letter (R, A, C or I by role name) in one cell of the RACI matrix, or clears it (empty role). The caller says
/// which version of the cell they saw (none for an empty cell): if someone changed or cleared it since, nothing is written
/// and the cell as it is now comes back as a conflict.
/// </summary>
public static class SetRaciCell
{
    public sealed record Command(Guid PlanId, Guid StepId, Guid MemberId, string Role, uint? Version);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<RaciCellView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<RaciCellView>.NotFound();
            if (!await db.ActionSteps.AnyAsync(s => s.Id == command.StepId && s.PlanId == command.PlanId, ct)
                || !await db.TeamMembers.AnyAsync(m => m.Id == command.MemberId && m.PlanId == command.PlanId, ct))
            {
                return Outcome<RaciCellView>.NotFound();
            }
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<RaciCellView>.NotAllowed();
            RaciRole? role = null;
            if (!string.IsNullOrWhiteSpace(command.Role))
            {
                role = EnumNames.Parse<RaciRole>(command.Role);
                if (role is null) return Outcome<RaciCellView>.Invalid("Role", "Choose Responsible, Accountable, Consulted, Informed, or nothing.");
            }

            var empty = new RaciCellView(command.StepId, command.MemberId, null, null);
            var cell = await db.RaciCells.FirstOrDefaultAsync(c => c.StepId == command.StepId && c.MemberId == command.MemberId, ct);
            if (cell is null)
            {
                if (command.Version is not null) return Outcome<RaciCellView>.Conflict(empty);
                if (role is null) return Outcome<RaciCellView>.Ok(empty);
                cell = new RaciCell { PlanId = command.PlanId, StepId = command.StepId, MemberId = command.MemberId, Role = role.Value };
                db.RaciCells.Add(cell);
                return await SaveAsync(db, cell, command, ct);
            }
            if (cell.Version != command.Version) return Outcome<RaciCellView>.Conflict(RaciCellView.From(cell));
            db.Entry(cell).Property(c => c.Version).OriginalValue = cell.Version;
            if (role is null)
            {
                db.RaciCells.Remove(cell);
                var removed = await SaveAsync(db, cell, command, ct);
                return removed.IsOk ? Outcome<RaciCellView>.Ok(empty) : removed;
            }
            cell.Role = role.Value;
            return await SaveAsync(db, cell, command, ct);
        }

        /// <summary>Saves; if another save to the same cell landed first (a changed version, or two first letters at once), answers with the cell as stored.</summary>
        private async Task<Outcome<RaciCellView>> SaveAsync(AppDbContext db, RaciCell cell, Command command, CancellationToken ct)
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                await using var fresh = await dbFactory.CreateDbContextAsync(ct);
                var current = await fresh.RaciCells.AsNoTracking().FirstOrDefaultAsync(c => c.StepId == command.StepId && c.MemberId == command.MemberId, ct);
                return Outcome<RaciCellView>.Conflict(current is null ? new RaciCellView(command.StepId, command.MemberId, null, null) : RaciCellView.From(current));
            }
            return Outcome<RaciCellView>.Ok(RaciCellView.From(cell));
        }
    }
}
