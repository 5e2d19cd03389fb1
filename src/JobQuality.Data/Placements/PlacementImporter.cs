using System.Text;
using JobQuality.Core.Baseline;
using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Csv;
using JobQuality.Data.Baseline;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace JobQuality.Data.Placements;

/// <summary>Who sends which file to which organization. <see cref="ImportId"/> lets a page watch progress before the upload ends.</summary>
public sealed record PlacementUpload(Guid OrganizationId, string FileName, string? StartedBy, Guid? ImportId = null);

/// <summary>How an upload ended: its record (status and counts), every problem when it was rejected, and the scoring it started.</summary>
public sealed record PlacementImportOutcome(PlacementImport Import, IReadOnlyList<CsvError> Errors, ScoringRun? Scoring);

/// <summary>The import id a page chose is already taken.</summary>
public sealed class DuplicateImportIdException(Guid id) : Exception($"An import with id {id} already exists.");

/// <summary>
/// One placements upload from start to end, the same for the web app and the command line: a record others can
/// watch (how much of the file is read), the all-or-nothing store, the errors kept for the report, and scoring queued
/// when anything changed.
/// </summary>
public sealed class PlacementImporter(IDbContextFactory<AppDbContext> dbFactory, PlacementScoring scoring, TimeProvider clock)
{
    /// <summary>How often the record's progress is written while the file is read.</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    private const string CopyErrors =
        "COPY \"PlacementImportErrors\" (\"ImportId\", \"Ordinal\", \"Row\", \"Column\", \"Value\", \"Reason\") FROM STDIN (FORMAT BINARY)";

    public async Task<PlacementImportOutcome> ImportAsync(PlacementUpload upload, Stream file, CancellationToken ct = default)
    {
        var import = await StartAsync(upload, file, ct);
        var counting = new CountingStream(file);
        using var progress = new CancellationTokenSource();
        var reporting = ReportProgressAsync(import.Id, counting, progress.Token);
        try
        {
            using var text = new StreamReader(counting, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var reader = new PlacementCsvReader(text, readAhead: true);
            ImportCounts? counts;
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
            {
                counts = await PlacementStore.ImportAsync(db, upload.OrganizationId, reader.ReadAll(), () => reader.Errors.Count > 0, ct);
            }
            await StopAsync(progress, reporting);

            if (counts is null)
            {
                await FinishAsync(import, PlacementImportStatus.Rejected, i => (i.Rows, i.ErrorCount) = (reader.RowCount, reader.Errors.Count), reader.Errors);
                return new PlacementImportOutcome(import, reader.Errors, null);
            }
            // Scoring reads the newest placements: needed when anything changed, or when nothing was ever scored.
            var run = counts.New + counts.Changed > 0 || !await HasResultsAsync(upload.OrganizationId, ct)
                ? await scoring.QueueAsync(upload.OrganizationId, $"Placements imported from {import.FileName}", ct)
                : null;
            await FinishAsync(import, PlacementImportStatus.Stored, i =>
            {
                (i.Rows, i.New, i.Changed, i.Unchanged) = (counts.Total, counts.New, counts.Changed, counts.Unchanged);
                i.ScoringRunId = run?.Id;
            }, []);
            return new PlacementImportOutcome(import, [], run);
        }
        catch (Exception exception)
        {
            await StopAsync(progress, reporting);
            var status = exception is OperationCanceledException ? PlacementImportStatus.Cancelled : PlacementImportStatus.Failed;
            await FinishAsync(import, status, _ => { }, []);
            throw;
        }
    }

    private async Task<PlacementImport> StartAsync(PlacementUpload upload, Stream file, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var import = new PlacementImport
        {
            OrganizationId = upload.OrganizationId,
            FileName = CleanFileName(upload.FileName),
            StartedBy = upload.StartedBy,
            StartedAt = clock.GetUtcNow(),
            FileBytes = file.CanSeek ? file.Length - file.Position : 0,
        };
        if (upload.ImportId is { } id)
        {
            if (await db.PlacementImports.AnyAsync(i => i.Id == id, ct)) throw new DuplicateImportIdException(id);
            import.Id = id;
        }
        db.PlacementImports.Add(import);
        await db.SaveChangesAsync(ct);
        return import;
    }

    /// <summary>Writes how much of the file has been read, every <see cref="ProgressInterval"/>, until stopped.</summary>
    private async Task ReportProgressAsync(Guid importId, CountingStream file, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(ProgressInterval, clock, stop);
                await using var db = await dbFactory.CreateDbContextAsync(stop);
                await db.PlacementImports.Where(i => i.Id == importId && i.Status == PlacementImportStatus.Running)
                    .ExecuteUpdateAsync(set => set.SetProperty(i => i.BytesRead, file.BytesRead), stop);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the import has ended.
        }
    }

    private static async Task StopAsync(CancellationTokenSource progress, Task reporting)
    {
        await progress.CancelAsync();
        await reporting;
    }

    /// <summary>Records the outcome (and a rejected file's errors) whatever happened to the request meanwhile.</summary>
    private async Task FinishAsync(PlacementImport import, PlacementImportStatus status, Action<PlacementImport> counts, IReadOnlyList<CsvError> errors)
    {
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        db.PlacementImports.Attach(import);
        import.Status = status;
        import.FinishedAt = clock.GetUtcNow();
        import.BytesRead = import.FileBytes;
        counts(import);
        await db.SaveChangesAsync(CancellationToken.None);
        if (errors.Count == 0) return;

        await db.Database.OpenConnectionAsync(CancellationToken.None);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var copy = await connection.BeginBinaryImportAsync(CopyErrors, CancellationToken.None);
        for (var i = 0; i < errors.Count; i++)
        {
            var error = errors[i];
            copy.StartRow();
            copy.Write(import.Id, NpgsqlDbType.Uuid);
            copy.Write(i, NpgsqlDbType.Integer);
            copy.Write(error.Row, NpgsqlDbType.Integer);
            copy.Write(error.Column, NpgsqlDbType.Text);
            copy.Write(error.Value, NpgsqlDbType.Text);
            copy.Write(error.Reason, NpgsqlDbType.Text);
        }
        await copy.CompleteAsync(CancellationToken.None);
    }

    private async Task<bool> HasResultsAsync(Guid organizationId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.PlacementResults.AnyAsync(r => r.OrganizationId == organizationId, ct);
    }

    private static string CleanFileName(string? fileName)
    {
        var name = Path.GetFileName(fileName?.Trim() ?? "");
        if (name.Length == 0) return "placements.csv";
        return name.Length <= PlacementImport.FileNameMaxLength ? name : name[..PlacementImport.FileNameMaxLength];
    }

    /// <summary>A read-only view of the upload that counts the bytes read, for the progress bar.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        private long _bytesRead;

        public long BytesRead => Interlocked.Read(ref _bytesRead);

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));
        public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => Counted(await inner.ReadAsync(buffer, ct));
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

        private int Counted(int read)
        {
            Interlocked.Add(ref _bytesRead, read);
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
