using JobQuality.Core.Baseline;

namespace JobQuality.Web.Features.Placements;

/// <summary>A scoring run as pages and the API show it.</summary>
public sealed record ScoringRunView(
    Guid Id, ScoringRunStatus Status, string Reason, int Total, int Scored, int PercentDone,
    DateTimeOffset QueuedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Problem)
{
    public bool IsActive => Status is ScoringRunStatus.Queued or ScoringRunStatus.Running;

    public static ScoringRunView From(ScoringRun run) => new(
        run.Id, run.Status, run.Reason, run.Total, run.Scored, run.PercentDone, run.QueuedAt, run.StartedAt, run.FinishedAt, run.Problem);
}

/// <summary>An upload of placements as pages and the API show it: where it stands, what it did, and the scoring it started.</summary>
public sealed record PlacementImportView(
    Guid Id, string FileName, PlacementImportStatus Status, int PercentRead, int Rows, int New, int Changed, int Unchanged,
    int ErrorCount, string Message, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, ScoringRunView? Scoring)
{
    public static PlacementImportView From(PlacementImport import, ScoringRun? scoring) => new(
        import.Id, import.FileName, import.Status, import.PercentRead, import.Rows, import.New, import.Changed, import.Unchanged,
        import.ErrorCount, import.Message, import.StartedAt, import.FinishedAt, scoring is null ? null : ScoringRunView.From(scoring));
}
