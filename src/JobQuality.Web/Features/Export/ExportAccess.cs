using JobQuality.Core.Organizations;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Export;

/// <summary>
/// Who may download a plan's report. Staff, directors and administrators always may; coalition partners only when the
/// plan allows it, because the report is the board's document and it travels further than the plan itself. The report
/// holds no participant-level data either way: the baseline in it is the same aggregate, small groups withheld, that
/// partners may read on the dashboard.
/// </summary>
public static class ExportAccess
{
    public static bool CanExport(this PlanAccess plan) => plan.Organization.Role != OrganizationRole.Partner || plan.Plan.PartnersMayExport;

    /// <summary>Who may decide whether partners download it: whoever edits the plan.</summary>
    public static bool CanChangeSharing(this PlanAccess plan) => plan.CanEdit && !plan.Plan.IsArchived;
}
