using FluentValidation;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Baseline;

/// <summary>
/// Changes a goal from the version the user started with. If someone else changed (or removed) it in between, nothing
/// is written and their version comes back as a conflict. Choosing another indicator makes it a new goal in effect, so
/// its starting value is taken again from the baseline now; the due date may be in the past (an overdue goal can be reworded).
/// </summary>
public static class SaveGoal
{
    public sealed class Command : GoalFields
    {
        public string Slug { get; set; } = "";
        public Guid Id { get; set; }
        public uint Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => this.AddGoalRules();
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator, TimeProvider clock)
    {
        public async Task<Outcome<GoalView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindBaselineAsync(db, command.Slug, ct);
            if (organization is null) return Outcome<GoalView>.NotFound();
            var goal = await db.BaselineGoals.FirstOrDefaultAsync(g => g.Id == command.Id && g.OrganizationId == organization.OrganizationId, ct);
            if (goal is null) return Outcome<GoalView>.NotFound();
            if (!organization.Role.CanEditGoals()) return Outcome<GoalView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<GoalView>.Invalid(validation);
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            if (goal.Version != command.Version) return Outcome<GoalView>.Conflict(GoalView.Stored(goal, today));

            db.Entry(goal).Property(g => g.Version).OriginalValue = command.Version;
            var newIndicator = !command.SameIndicatorAs(goal);
            var baseline = await GoalValues.ApplyAsync(db, goal, command, ct);
            var now = GoalValues.Current(baseline, goal);
            if (newIndicator) goal.StartingPct = now.Pct;
            var outcome = await dbFactory.SaveOrConflictAsync(db, goal, g => g.Id == command.Id, g => GoalView.Stored(g, today), ct);
            return outcome.IsOk ? Outcome<GoalView>.Ok(GoalView.From(goal, now, today)) : outcome;
        }
    }
}
