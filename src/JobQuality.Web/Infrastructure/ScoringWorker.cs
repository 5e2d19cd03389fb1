using JobQuality.Data.Baseline;

namespace JobQuality.Web.Infrastructure;

/// <summary>
/// Scores queued runs in the background, one at a time, so an upload or a publish returns at once and the pages stay
/// responsive. It wakes when this process queues a run and polls for runs queued elsewhere (the command line, another
/// instance). Switched off with <c>JobQuality:BackgroundScoring=false</c> (tests that drive scoring themselves).
/// </summary>
public sealed class ScoringWorker(IServiceScopeFactory scopes, ScoringSignal signal, ILogger<ScoringWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var requeued = await scope.ServiceProvider.GetRequiredService<PlacementScoring>().RequeueInterruptedAsync(stoppingToken);
            if (requeued > 0) logger.LogWarning("Put {RunCount} interrupted scoring run(s) back in the queue", requeued);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var scoring = scope.ServiceProvider.GetRequiredService<PlacementScoring>();
                if (await scoring.ClaimNextAsync(stoppingToken) is { } run)
                {
                    logger.LogInformation("Scoring run {RunId} for organization {OrganizationId} started: {Reason}", run.Id, run.OrganizationId, run.Reason);
                    await scoring.RunAsync(run.Id, stoppingToken);
                    logger.LogInformation("Scoring run {RunId} finished", run.Id);
                    continue;
                }
                await signal.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The run is marked failed (the previous results stay); keep serving the others after a pause.
                logger.LogError(exception, "Scoring failed");
                await Task.Delay(Poll, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
