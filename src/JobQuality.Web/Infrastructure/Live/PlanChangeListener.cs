using JobQuality.Data.Live;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace JobQuality.Web.Infrastructure.Live;

/// <summary>
/// One per instance: a dedicated PostgreSQL connection (outside EF's pool) that LISTENs on the plan change channel and
/// hands each notice to <see cref="PlanChangeFeed"/>. When the connection drops it logs, retries with a growing delay
/// (up to 10 s) and, once listening again, tells every subscriber to resynchronize.
/// </summary>
public sealed class PlanChangeListener(IConfiguration configuration, PlanChangeFeed feed, ILogger<PlanChangeListener> logger)
    : BackgroundService, IHealthCheck
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(10);

    /// <summary>Whether the listening connection is up now.</summary>
    public bool IsListening { get; private set; }

    /// <summary>The PostgreSQL backend process of the listening connection (0 when not listening).</summary>
    public int BackendProcessId { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Default"))
        {
            Pooling = false,
            // Finds a silently dead connection (a dropped network path) within a minute rather than never.
            KeepAlive = 30,
            ApplicationName = "JobQuality live updates",
        };
        var lostOnce = false;
        var delay = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (PlanChangeNotice.FromPayload(e.Payload) is { } notice) feed.Deliver(notice);
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {PlanChangeNotice.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                BackendProcessId = connection.ProcessID;
                IsListening = true;
                delay = TimeSpan.FromMilliseconds(250);
                if (lostOnce)
                {
                    logger.LogInformation("Live updates: listening again; every open plan resynchronizes");
                    feed.Resync();
                }
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException or System.IO.IOException)
            {
                IsListening = false;
                BackendProcessId = 0;
                lostOnce = true;
                logger.LogWarning(ex, "Live updates: the listening connection was lost; retrying in {Delay} ms", (int)delay.TotalMilliseconds);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
        IsListening = false;
    }

    /// <summary>In /health/ready: degraded (still 200) while not listening, since the app works, only not live.</summary>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(IsListening
            ? HealthCheckResult.Healthy("Listening for plan changes.")
            : HealthCheckResult.Degraded("Not listening for plan changes: browsers do not update live until it reconnects."));
}
