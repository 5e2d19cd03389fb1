using JobQuality.Core.Baseline;
using JobQuality.Data.Baseline;
using JobQuality.Data.Placements;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JobQuality.Integration.Tests.Features.Baseline;

/// <summary>A run cut off by a restart is scored again; a run still working in another app instance is left alone.</summary>
public sealed class InterruptedScoringTests(AppFactory app) : AppTest(app)
{
    private async Task<ScoringRun> RunningRunAsync()
    {
        var board = await Data.OrganizationAsync("north");
        await using var db = App.NewDbContext();
        var run = new ScoringRun
        {
            OrganizationId = board.Id,
            Reason = "test",
            Status = ScoringRunStatus.Running,
            QueuedAt = DateTimeOffset.UtcNow,
            StartedAt = DateTimeOffset.UtcNow,
        };
        db.ScoringRuns.Add(run);
        await db.SaveChangesAsync();
        return run;
    }

    private async Task<ScoringRunStatus> StatusOfAsync(Guid runId)
    {
        await using var db = App.NewDbContext();
        return (await db.ScoringRuns.SingleAsync(r => r.Id == runId)).Status;
    }

    [Fact]
    public async Task ARunLeftRunningByAStoppedProcess_IsQueuedAgain()
    {
        var run = await RunningRunAsync();
        using var scope = App.Services.CreateScope();

        var requeued = await scope.ServiceProvider.GetRequiredService<PlacementScoring>().RequeueInterruptedAsync();

        requeued.ShouldBe(1);
        // The app's worker then takes it and finishes it (with nothing to score: the board has no standards).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await StatusOfAsync(run.Id) != ScoringRunStatus.Done && DateTime.UtcNow < deadline) await Task.Delay(100);
        (await StatusOfAsync(run.Id)).ShouldBe(ScoringRunStatus.Done);
    }

    [Fact]
    public async Task ARunStillWorkingElsewhere_IsLeftAlone()
    {
        var run = await RunningRunAsync();
        // Another instance scoring this board holds its placements lock for the whole run.
        await using var elsewhere = App.NewDbContext();
        await elsewhere.Database.OpenConnectionAsync();
        await using var working = await elsewhere.Database.BeginTransactionAsync();
        await PlacementStore.LockImportsAsync((NpgsqlConnection)elsewhere.Database.GetDbConnection(), run.OrganizationId, CancellationToken.None);
        using var scope = App.Services.CreateScope();

        var requeued = await scope.ServiceProvider.GetRequiredService<PlacementScoring>().RequeueInterruptedAsync();

        requeued.ShouldBe(0);
        (await StatusOfAsync(run.Id)).ShouldBe(ScoringRunStatus.Running);

        // The other instance finishes its run, so the next test does not wait for it.
        await using var db = App.NewDbContext();
        await db.ScoringRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, ScoringRunStatus.Done));
    }
}
