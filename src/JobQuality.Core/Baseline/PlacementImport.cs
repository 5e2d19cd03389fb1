using JobQuality.Core.Scoring.Csv;

namespace JobQuality.Core.Baseline;

/// <summary>Where an upload of placements stands.</summary>
public enum PlacementImportStatus
{
    /// <summary>The file is being read, checked and stored.</summary>
    Running,

    /// <summary>Every row was valid and is stored.</summary>
    Stored,

    /// <summary>The file had errors: nothing was stored; the errors are kept for the report.</summary>
    Rejected,

    /// <summary>The upload was cancelled or broke off: nothing was stored.</summary>
    Cancelled,

    /// <summary>Something went wrong on our side: nothing was stored.</summary>
    Failed,
}

/// <summary>
/// The record of one placements upload: who sent which file, how far reading it has got, and what came of it. It is
/// written outside the import's own transaction, so progress can be watched and a rejected file's errors outlive it.
/// </summary>
public sealed class PlacementImport
{
    public const int FileNameMaxLength = 260;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public string FileName { get; set; } = "";
    public string? StartedBy { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public PlacementImportStatus Status { get; set; } = PlacementImportStatus.Running;

    /// <summary>The file's size and how much of it has been read, for the progress bar.</summary>
    public long FileBytes { get; set; }
    public long BytesRead { get; set; }

    public int Rows { get; set; }
    public int New { get; set; }
    public int Changed { get; set; }
    public int Unchanged { get; set; }
    public int ErrorCount { get; set; }

    /// <summary>The scoring run the stored rows started, if they changed anything.</summary>
    public Guid? ScoringRunId { get; set; }

    /// <summary>0–100 of the file read.</summary>
    public int PercentRead => Status != PlacementImportStatus.Running ? 100 : FileBytes == 0 ? 0 : (int)Math.Min(100, 100 * BytesRead / FileBytes);

    /// <summary>"1,204 rows: 12 new, 3 changed, 1,189 unchanged." or why nothing was stored.</summary>
    public string Message => Status switch
    {
        PlacementImportStatus.Running => "Reading and checking the file…",
        PlacementImportStatus.Stored => $"{Rows:N0} {(Rows == 1 ? "row" : "rows")}: {New:N0} new, {Changed:N0} changed, {Unchanged:N0} unchanged.",
        PlacementImportStatus.Rejected => $"Nothing was stored: the file has {ErrorCount:N0} {(ErrorCount == 1 ? "problem" : "problems")} to fix first.",
        PlacementImportStatus.Cancelled => "The upload was cancelled before it finished; nothing was stored.",
        _ => "The import could not be finished because of a problem on our side; nothing was stored. Try again in a few minutes.",
    };
}

/// <summary>One problem of a rejected upload, kept for the on-screen list and the downloadable report.</summary>
public sealed class PlacementImportError
{
    public Guid ImportId { get; set; }

    /// <summary>The problem's place in the report (problems are listed in the order they were found).</summary>
    public int Ordinal { get; set; }

    public int Row { get; set; }
    public string Column { get; set; } = "";
    public string Value { get; set; } = "";
    public string Reason { get; set; } = "";

    public CsvError ToCsvError() => new(Row, Column, Value, Reason);
}
