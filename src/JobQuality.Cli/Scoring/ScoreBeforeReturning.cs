using JobQuality.Core.Baseline;
using JobQuality.Data;
using JobQuality.Data.Baseline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Cli.Scoring;

/// <summary>
/// Commands that change what placements are scored against (importing placements or a living wage table, publishing
/// standards) return only once the scoring they started has finished, so a script can read the baseline right after.
/// The command scores itself; if a web app's worker took the run first, it waits for that worker.
/// </summary>
internal static class ScoreBeforeReturning
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    public static async Task RunAsync(IServiceProvider services, Guid organizationId, CancellationToken ct)
    {
        var scoring = services.GetRequiredService<PlacementScoring>();
        var factory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        Guid? runId;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            runId = await db.ScoringRuns
                .Where(r => r.OrganizationId == organizationId && (r.Status == ScoringRunStatus.Queued || r.Status == ScoringRunStatus.Running))
                .OrderByDescending(r => r.QueuedAt).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        }
        if (runId is not { } id) return;

        if (await scoring.ClaimAsync(id, ct)) await scoring.RunAsync(id, ct);
        var run = await scoring.WaitForAsync(id, Poll, ct);
        Console.WriteLine(run switch
        {
            { Status: ScoringRunStatus.Failed } => $"Scoring failed: {run.Problem}",
            { Problem: { } problem } => problem,
            _ => $"Scored {run.Total:N0} placement(s).",
        });
    }
}
