using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Export;

/// <summary>The plan report (current content, or a named snapshot) for someone allowed to export it.</summary>
public static class GetPlanReport
{
    /// <param name="SnapshotName">A snapshot's name; the plan as it stands now when empty.</param>
    public sealed record Query(Guid PlanId, string? SnapshotName = null);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<Outcome<PlanReport>> HandleAsync(Query query, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, query.PlanId, ct);
            if (found is null) return Outcome<PlanReport>.NotFound();
            if (!found.CanExport()) return Outcome<PlanReport>.NotAllowed();

            var report = await PlanReportBuilder.LoadAsync(db, query.PlanId, query.SnapshotName, clock.GetUtcNow(), ct);
            if (report is null)
            {
                return Outcome<PlanReport>.Invalid("snapshot",
                    $"This plan has no snapshot named “{query.SnapshotName!.Trim()}”. Check the name on the plan's History page, or leave it out to export the plan as it stands.");
            }
            logger.LogInformation("User {UserId} exported the report of plan {PlanId} (snapshot {Snapshot})", access.UserId, query.PlanId, query.SnapshotName ?? "none");
            return Outcome<PlanReport>.Ok(report);
        }
    }

    /// <summary>"north-county-plan-2026-11-26.pdf": the plan's name in lower case letters and digits, and the day.</summary>
    public static string FileName(string planName, DateTimeOffset when, string extension)
    {
        var words = new string(planName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray())
            .Split('-', StringSplitOptions.RemoveEmptyEntries);
        var stem = words.Length == 0 ? "plan" : string.Join('-', words);
        if (stem.Length > 60) stem = stem[..60].TrimEnd('-');
        return $"{stem}-{when.UtcDateTime:yyyy-MM-dd}.{extension}";
    }
}
