using FluentValidation;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Plans;

/// <summary>
/// Renames a plan or changes its team, region or focus. <see cref="Command.Version"/> is the version the
/// user started from: if someone saved in between, nothing is written and their version comes back.
/// </summary>
public static class UpdatePlanDetails
{
    public sealed record Command(Guid PlanId, uint Version, string Name, string TeamName, string Region, string Focus) : IPlanDetails;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => this.AddPlanDetailsRules();
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<PlanSummary>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<PlanSummary>.NotFound();
            if (!found.CanEdit) return Outcome<PlanSummary>.NotAllowed();

            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<PlanSummary>.Invalid(validation);

            var plan = found.Plan;
            if (plan.Version != command.Version)
            {
                return Outcome<PlanSummary>.Conflict(await PlanSummary.LoadAsync(db, plan, found.Organization.Slug, ct));
            }
            // The database checks the version again as it writes, for a save that lands between our read and write.
            db.Entry(plan).Property(p => p.Version).OriginalValue = command.Version;
            plan.Name = command.Name.Trim();
            plan.TeamName = command.TeamName.Trim();
            plan.Region = command.Region.Trim();
            plan.Focus = command.Focus.Trim();
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                await using var fresh = await dbFactory.CreateDbContextAsync(ct);
                var current = await fresh.Plans.AsNoTracking().FirstAsync(p => p.Id == command.PlanId, ct);
                return Outcome<PlanSummary>.Conflict(await PlanSummary.LoadAsync(fresh, current, found.Organization.Slug, ct));
            }
            return Outcome<PlanSummary>.Ok(await PlanSummary.LoadAsync(db, plan, found.Organization.Slug, ct));
        }
    }
}
