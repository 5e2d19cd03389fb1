using JobQuality.Core.Plans;

namespace JobQuality.Web.Features.Plans;

/// <summary>What the plan list and overview show about a plan.</summary>
public sealed record PlanSummary(
    Guid Id,
    string OrganizationSlug,
    string Name,
    string TeamName,
    string Region,
    string Focus,
    bool IsArchived,
    DateTimeOffset UpdatedAt,
    uint Version,
    int PercentDone)
{
    public static PlanSummary From(Plan plan, string organizationSlug) => new(
        plan.Id, organizationSlug, plan.Name, plan.TeamName, plan.Region, plan.Focus, plan.IsArchived, plan.UpdatedAt, plan.Version,
        PlanningJourney.PercentDone([]));
}
