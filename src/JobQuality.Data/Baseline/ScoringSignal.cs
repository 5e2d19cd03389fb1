namespace JobQuality.Data.Baseline;

/// <summary>
/// Wakes this process's scoring worker when a run is queued, so scoring starts at once instead of at the next poll.
/// Runs queued by another process are found by the worker's poll.
/// </summary>
public sealed class ScoringSignal
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    public void Notify()
    {
        try
        {
            _queued.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the worker looks at every queued run when it wakes.
        }
    }

    /// <summary>Waits until a run is queued or <paramref name="poll"/> passes.</summary>
    public Task WaitAsync(TimeSpan poll, CancellationToken ct) => _queued.WaitAsync(poll, ct);
}
