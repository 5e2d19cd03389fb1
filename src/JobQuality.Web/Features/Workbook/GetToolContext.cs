using JobQuality.Core.Plans;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Workbook;

/// <summary>What every tool page shows around its content: the plan, whether the caller may edit, the tool's progress and its neighbours.</summary>
public static class GetToolContext
{
    public sealed record Result(
        Guid PlanId, string PlanName, string OrganizationSlug, string OrganizationName, bool CanEdit, bool IsArchived,
        PlanningTool Tool, ToolProgress Progress, PlanningTool? Previous, PlanningTool? Next)
    {
        /// <summary>Archived plans are kept for reference: nobody edits them until they are restored.</summary>
        public bool ReadOnly => !CanEdit || IsArchived;
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<Result>> HandleAsync(Guid planId, string toolKey, CancellationToken ct = default)
        {
            var tools = PlanningJourney.Tools;
            var index = tools.ToList().FindIndex(t => t.Key == toolKey);
            if (index < 0) throw new ArgumentException($"No planning tool has the key '{toolKey}'.", nameof(toolKey));
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, planId, ct);
            if (found is null) return Outcome<Result>.NotFound();
            var progress = await JourneyProgress.ForPlanAsync(db, planId, ct);
            return Outcome<Result>.Ok(new Result(
                planId, found.Plan.Name, found.Organization.Slug, found.Organization.Name, found.CanEdit, found.Plan.IsArchived,
                tools[index], progress[toolKey], index > 0 ? tools[index - 1] : null, index < tools.Count - 1 ? tools[index + 1] : null));
        }
    }
}
