using FluentValidation;
using JobQuality.Core.Baseline;
using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Web.Features.Baseline;

/// <summary>
/// What a goal says, as the add and edit forms (and the API) send it. Settable, so a form binds to it and shows the
/// same rules as the handlers check.
/// </summary>
public class GoalFields
{
    public string Statement { get; set; } = "";
    public GoalMeasure? Measure { get; set; } = GoalMeasure.QualityPct;
    public Principle? Principle { get; set; }

    /// <summary>A breakdown column (e.g. program), or null for all placements.</summary>
    public string? GroupColumn { get; set; }
    public string? GroupValue { get; set; }
    public decimal? TargetPct { get; set; }
    public DateOnly? TargetDate { get; set; }

    public bool MeasuresPrinciple => Measure == GoalMeasure.PrincipleMetPct;

    /// <summary>The same indicator (what is measured, among whom) as a stored goal.</summary>
    public bool SameIndicatorAs(BaselineGoal goal) =>
        goal.Measure == Measure
        && goal.Principle == (MeasuresPrinciple ? Principle : null)
        && goal.GroupColumn == CleanColumn
        && string.Equals(goal.GroupValue, CleanValue, StringComparison.OrdinalIgnoreCase);

    internal string? CleanColumn => string.IsNullOrWhiteSpace(GroupColumn) ? null : GroupColumn.Trim().ToLowerInvariant();
    internal string? CleanValue => CleanColumn is null || string.IsNullOrWhiteSpace(GroupValue) ? null : GroupValue.Trim();
}

public static class GoalRules
{
    public static void AddGoalRules<T>(this AbstractValidator<T> validator) where T : GoalFields
    {
        validator.RuleFor(g => g.Statement).NotEmpty()
            .WithMessage("Write the goal as one sentence, e.g. \"75% of WIOA Adult placements meet our standards by June 2027\".")
            .MaximumLength(BaselineGoal.StatementMaxLength)
            .WithMessage($"Keep the goal to {BaselineGoal.StatementMaxLength} characters or fewer.");
        validator.RuleFor(g => g.Measure).NotNull().WithMessage("Choose what the goal measures.")
            .IsInEnum().WithMessage("Choose what the goal measures.");
        validator.RuleFor(g => g.Principle).NotNull().WithMessage("Choose the principle the goal is about.")
            .IsInEnum().WithMessage("Choose one of the eight principles.")
            .When(g => g.MeasuresPrinciple);
        validator.RuleFor(g => g.GroupColumn).Must(c => string.IsNullOrWhiteSpace(c) || BaselineWords.IsBreakdown(c.Trim().ToLowerInvariant()))
            .WithMessage($"Choose all placements or one of the breakdowns: {string.Join(", ", BaselineWords.Columns)}.");
        validator.RuleFor(g => g.GroupValue).NotEmpty()
            .WithMessage("Choose or type the group the goal is about, e.g. WIOA Adult.")
            .MaximumLength(BaselineGoal.GroupValueMaxLength)
            .WithMessage($"Keep the group to {BaselineGoal.GroupValueMaxLength} characters or fewer.")
            .When(g => !string.IsNullOrWhiteSpace(g.GroupColumn));
        validator.RuleFor(g => g.TargetPct).NotNull().WithMessage("Give the target share, from 0 to 100.")
            .InclusiveBetween(0m, 100m).WithMessage("The target is a share of placements: from 0 to 100.")
            .Must(t => t is null || t == Math.Round(t.Value, 1)).WithMessage("Give the target with at most one decimal place, e.g. 72.5.");
        validator.RuleFor(g => g.TargetDate).NotNull().WithMessage("Choose the date the goal is due.");
    }
}
