using FluentValidation;
using JobQuality.Core.Plans;

namespace JobQuality.Web.Features.Plans;

/// <summary>The fields a plan is created with and later edited; one set of rules for both.</summary>
public interface IPlanDetails
{
    string Name { get; }
    string TeamName { get; }
    string Region { get; }
    string Focus { get; }
}

public static class PlanDetailsRules
{
    public static void AddPlanDetailsRules<T>(this AbstractValidator<T> validator) where T : IPlanDetails
    {
        validator.RuleFor(p => p.Name).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Give the plan a name.")
            .MaximumLength(Plan.NameMaxLength).WithMessage($"Keep the name to {Plan.NameMaxLength} characters or fewer.");
        validator.RuleFor(p => p.TeamName).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Name the coalition team and where it is based.")
            .MaximumLength(Plan.TeamNameMaxLength).WithMessage($"Keep this to {Plan.TeamNameMaxLength} characters or fewer.");
        validator.RuleFor(p => p.Region).MaximumLength(Plan.RegionMaxLength).WithMessage($"Keep the region to {Plan.RegionMaxLength} characters or fewer.");
        validator.RuleFor(p => p.Focus).MaximumLength(Plan.FocusMaxLength).WithMessage($"Keep the focus to {Plan.FocusMaxLength} characters or fewer.");
    }
}
