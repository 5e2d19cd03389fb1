using System.Collections.Concurrent;
using JobQuality.Core.Scoring.Csv;

namespace JobQuality.Core.Scoring;

/// <summary>
/// Reads a placements file (SCORING.md section 1) one record at a time, checking every cell against its column.
/// Every problem is collected in <see cref="Errors"/>; rows with a problem are not returned. A caller must treat a
/// file with any error as invalid as a whole.
/// </summary>
/// <param name="readAhead">Split records on a background thread while this one types them (for large files).</param>
/// <param name="reuseInstance">
/// Refill one <see cref="Placement"/> for every row instead of allocating one per row: for callers that use each
/// placement before asking for the next and keep none (the summary of a million-row file).
/// </param>
public sealed class PlacementCsvReader(TextReader reader, bool readAhead = false, bool reuseInstance = false)
{
    private readonly List<CsvError> _errors = [];

    public IReadOnlyList<CsvError> Errors => _errors;

    /// <summary>Number of data rows read (valid or not).</summary>
    public int RowCount { get; private set; }

    public IEnumerable<Placement> ReadAll() => readAhead ? ReadInParallel() : ReadInOrder();

    private IEnumerable<Placement> ReadInOrder()
    {
        var csv = new CsvRecordReader(reader);
        if (ReadHeader(csv) is not { } columns) yield break;
        var texts = new TextPool();
        var shared = reuseInstance ? new Placement() : null;
        while (csv.Read())
        {
            var placement = shared ?? new Placement();
            shared?.Clear();
            var valid = ReadRow(csv, columns, placement, texts, _errors);
            if (IsNewId(placement, csv.RecordNumber) && valid) yield return placement;
        }
    }

    /// <summary>
    /// Three threads of work on two cores: one splits records, one types them, and the caller's thread checks ids,
    /// collects errors in row order and uses each placement (scoring and summing it up).
    /// </summary>
    private IEnumerable<Placement> ReadInParallel()
    {
        using var records = new BackgroundCsvRecords(reader);
        if (ReadHeader(records) is not { } columns) yield break;
        using var typed = new BlockingCollection<TypedBatch>(boundedCapacity: 4);
        var spare = new ConcurrentBag<TypedBatch>();
        using var stop = new CancellationTokenSource();
        var typing = Task.Run(() =>
        {
            var texts = new TextPool();
            try
            {
                while (records.TakeBatch() is { } batch)
                {
                    var output = spare.TryTake(out var reused) ? reused : new TypedBatch();
                    output.Fill(batch, (csv, placement, errors) => ReadRow(csv, columns, placement, texts, errors), reuseInstance);
                    records.Recycle(batch);
                    typed.Add(output, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            finally
            {
                typed.CompleteAdding();
            }
        });
        try
        {
            foreach (var batch in typed.GetConsumingEnumerable())
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    batch.CopyErrorsOf(i, _errors);
                    var placement = batch.Placements[i];
                    if (IsNewId(placement, batch.Rows[i]) && batch.Valid[i]) yield return placement;
                }
                spare.Add(batch);
            }
            typing.GetAwaiter().GetResult(); // Surfaces an error from the typing thread.
        }
        finally
        {
            stop.Cancel();
            try
            {
                typing.Wait();
            }
            catch (AggregateException)
            {
                // Stopped early on purpose.
            }
        }
    }

    private Columns? ReadHeader(ICsvRecords csv)
    {
        if (!csv.Read())
        {
            _errors.Add(new CsvError(1, "placement_id", "", "the file is empty: the first row must name the columns"));
            return null;
        }
        return new Columns(CsvHeader.Map(csv, Fields, f => f.Name, f => f.Required, _errors), csv.FieldCount);
    }

    /// <summary>Types one record into <paramref name="placement"/>; false (with its errors added) when anything is wrong.</summary>
    private static bool ReadRow(ICsvRecords csv, Columns columns, Placement placement, TextPool texts, List<CsvError> errors)
    {
        var errorsBefore = errors.Count;
        var row = csv.RecordNumber;
        var fieldCount = csv.FieldCount;
        if (csv.Problem is not null) errors.Add(new CsvError(row, "-", "", csv.Problem));
        if (fieldCount != columns.HeaderWidth)
        {
            errors.Add(new CsvError(row, "-", "", $"this row has {fieldCount} values but the header has {columns.HeaderWidth} columns"));
        }

        var seenRequired = 0;
        var positions = columns.Positions;
        for (var i = 0; i < Math.Min(fieldCount, columns.HeaderWidth); i++)
        {
            var position = positions[i];
            if (position < 0) continue;
            var field = Fields[position];
            var cell = csv.Field(i).Trim();
            if (cell.IsEmpty)
            {
                if (field.Required) errors.Add(new CsvError(row, field.Name, "", "a value is required"));
                continue;
            }
            if (field.Required) seenRequired++;
            if (field.Parse(cell, placement, texts) is { } problem)
            {
                errors.Add(new CsvError(row, field.Name, cell.ToString(), problem));
            }
        }
        return errors.Count == errorsBefore && seenRequired == RequiredCount;
    }

    /// <summary>Counts the row and checks its id was not used before (reporting the repeat); true when it is new.</summary>
    private bool IsNewId(Placement placement, int row)
    {
        RowCount++;
        if (placement.PlacementId.Length == 0 || _firstRowOfId.TryAdd(placement.PlacementId, row)) return true;
        _errors.Add(new CsvError(row, "placement_id", placement.PlacementId,
            $"is already used on row {_firstRowOfId[placement.PlacementId]}: each placement_id must be unique"));
        return false;
    }

    private readonly Dictionary<string, int> _firstRowOfId = new(StringComparer.Ordinal);

    private sealed record Columns(int[] Positions, int HeaderWidth);

    /// <summary>Placements typed from one <see cref="CsvBatch"/>, with each row's errors, waiting for the caller's thread.</summary>
    private sealed class TypedBatch
    {
        public readonly Placement[] Placements = new Placement[CsvBatch.Capacity];
        public readonly int[] Rows = new int[CsvBatch.Capacity];
        public readonly bool[] Valid = new bool[CsvBatch.Capacity];
        private readonly int[] _errorEnds = new int[CsvBatch.Capacity];
        private readonly List<CsvError> _errors = [];
        public int Count;

        public void Fill(CsvBatch batch, Func<ICsvRecords, Placement, List<CsvError>, bool> readRow, bool reuseInstances)
        {
            Count = 0;
            _errors.Clear();
            while (batch.Read())
            {
                var placement = reuseInstances && Placements[Count] is { } reused ? reused : new Placement();
                placement.Clear();
                Placements[Count] = placement;
                Rows[Count] = batch.RecordNumber;
                Valid[Count] = readRow(batch, placement, _errors);
                _errorEnds[Count] = _errors.Count;
                Count++;
            }
        }

        public void CopyErrorsOf(int index, List<CsvError> destination)
        {
            var start = index == 0 ? 0 : _errorEnds[index - 1];
            for (var e = start; e < _errorEnds[index]; e++) destination.Add(_errors[e]);
        }
    }

    private static readonly PlacementField[] Fields = [.. PlacementFields.All];
    private static readonly int RequiredCount = Fields.Count(f => f.Required);
}
