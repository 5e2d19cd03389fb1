using JobQuality.Core.Plans;
using JobQuality.Data;
using JobQuality.Web.Features.Workbook;

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
    public static PlanSummary From(Plan plan, string organizationSlug, IReadOnlyDictionary<string, ToolProgress> progress) => new(
        plan.Id, organizationSlug, plan.Name, plan.TeamName, plan.Region, plan.Focus, plan.IsArchived, plan.UpdatedAt, plan.Version,
        PlanningJourney.PercentDone(progress.Values));

    /// <summary>The summary with the plan's journey progress worked out from its content.</summary>
    public static async Task<PlanSummary> LoadAsync(AppDbContext db, Plan plan, string organizationSlug, CancellationToken ct = default) =>
        From(plan, organizationSlug, await JourneyProgress.ForPlanAsync(db, plan.Id, ct));
}
