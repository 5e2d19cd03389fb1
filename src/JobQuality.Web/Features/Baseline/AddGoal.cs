using FluentValidation;
using JobQuality.Core.Baseline;
using JobQuality.Data;
using JobQuality.Data.Baseline;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Baseline;

/// <summary>
/// Sets a goal: a dated, measurable statement tied to one indicator of the baseline. The indicator's value now is kept
/// as the goal's starting value (none when it is withheld), so progress reads as a change from it.
/// </summary>
public static class AddGoal
{
    public sealed class Command : GoalFields
    {
        public string Slug { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            this.AddGoalRules();
            RuleFor(g => g.TargetDate).Must(date => date is null || date > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
                .WithMessage("A new goal is due in the future: choose a date after today.");
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator, TimeProvider clock)
    {
        public async Task<Outcome<GoalView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindBaselineAsync(db, command.Slug, ct);
            if (organization is null) return Outcome<GoalView>.NotFound();
            if (!organization.Role.CanEditGoals()) return Outcome<GoalView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<GoalView>.Invalid(validation);

            var goal = new BaselineGoal { OrganizationId = organization.OrganizationId };
            var figures = await GoalValues.ApplyAsync(db, goal, command, ct);
            var now = GoalValues.Current(figures, goal);
            goal.StartingPct = now.Pct;
            db.BaselineGoals.Add(goal);
            await db.SaveChangesAsync(ct);
            return Outcome<GoalView>.Ok(GoalView.From(goal, now, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
        }
    }
}

/// <summary>The steps adding and editing a goal share: copying the fields, and measuring the indicator now.</summary>
internal static class GoalValues
{
    /// <summary>Copies the fields onto the goal; returns the organization's current (unfiltered) baseline with its minimum cell size.</summary>
    public static async Task<(BaselineFigures? Figures, int MinCell)> ApplyAsync(AppDbContext db, BaselineGoal goal, GoalFields fields, CancellationToken ct)
    {
        var minCell = await db.Organizations.Where(o => o.Id == goal.OrganizationId).Select(o => o.MinCellSize).SingleAsync(ct);
        var figures = await BaselineQuery.GetAsync(db, goal.OrganizationId, BaselineFilter.All, BaselineWords.Columns, minCell, ct);
        goal.Statement = fields.Statement.Trim();
        goal.Measure = fields.Measure!.Value;
        goal.Principle = fields.MeasuresPrinciple ? fields.Principle : null;
        goal.GroupColumn = fields.CleanColumn;
        goal.GroupValue = fields.CleanValue;
        // A group typed in another case takes the spelling the baseline shows ("wioa adult" is "WIOA Adult").
        if (goal.GroupColumn is { } column && figures?.Summary.By.FirstOrDefault(b => b.Column == column) is { } breakdown
            && breakdown.Groups.FirstOrDefault(g => string.Equals(g.Group, goal.GroupValue, StringComparison.OrdinalIgnoreCase)) is { } group)
        {
            goal.GroupValue = group.Group;
        }
        goal.TargetPct = fields.TargetPct!.Value;
        goal.TargetDate = fields.TargetDate!.Value;
        return (figures, minCell);
    }

    public static IndicatorValue Current((BaselineFigures? Figures, int MinCell) baseline, BaselineGoal goal) =>
        GoalIndicators.Measure(baseline.Figures, baseline.MinCell, goal.Measure, goal.Principle, goal.GroupColumn, goal.GroupValue);
}
