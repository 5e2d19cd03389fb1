namespace JobQuality.Web.Features.Plans;

/// <summary>The editable copy of a plan's details that the create and edit forms bind to.</summary>
public sealed class PlanDetailsModel : IPlanDetails
{
    public string Name { get; set; } = "";
    public string TeamName { get; set; } = "";
    public string Region { get; set; } = "";
    public string Focus { get; set; } = "";

    public static PlanDetailsModel From(PlanSummary plan) =>
        new() { Name = plan.Name, TeamName = plan.TeamName, Region = plan.Region, Focus = plan.Focus };
}

public sealed class PlanDetailsModelValidator : FluentValidation.AbstractValidator<PlanDetailsModel>
{
    public PlanDetailsModelValidator() => this.AddPlanDetailsRules();
}
