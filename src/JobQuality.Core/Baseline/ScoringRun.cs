namespace JobQuality.Core.Baseline;

/// <summary>Where a scoring run stands. Queued runs are picked up by whichever app instance is free first.</summary>
public enum ScoringRunStatus
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>
/// One pass of the scoring engine over all of an organization's stored placements, with the standards version and
/// living wage table it used. Every stored result points at the run that produced it, so a figure on the dashboard
/// can always say which standards it was measured against.
/// </summary>
public sealed class ScoringRun
{
    public const int ReasonMaxLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }

    /// <summary>Why the placements were (re)scored, in words: "Placements imported", "Standards version 3 published".</summary>
    public string Reason { get; set; } = "";

    public ScoringRunStatus Status { get; set; } = ScoringRunStatus.Queued;

    /// <summary>The published version scored against; set when the run starts.</summary>
    public Guid? StandardsVersionId { get; set; }

    /// <summary>The living wage table used, or null when the organization has none (living wage criteria are then unknown).</summary>
    public Guid? LivingWageTableId { get; set; }

    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>How many placements the run scores (known when it starts), and how many it has scored so far.</summary>
    public int Total { get; set; }
    public int Scored { get; set; }

    /// <summary>What went wrong, in words a person can act on, when the run failed.</summary>
    public string? Problem { get; set; }

    public bool IsFinished => Status is ScoringRunStatus.Done or ScoringRunStatus.Failed;

    /// <summary>0–100, for a progress bar.</summary>
    public int PercentDone => Status == ScoringRunStatus.Done ? 100 : Total == 0 ? 0 : (int)(100L * Scored / Total);
}
