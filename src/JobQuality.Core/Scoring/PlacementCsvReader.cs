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

    public IEnumerable<Placement> ReadAll()
    {
        ICsvRecords csv = readAhead ? new BackgroundCsvRecords(reader) : new CsvRecordReader(reader);
        using var stopReading = csv as IDisposable;
        if (!csv.Read())
        {
            _errors.Add(new CsvError(1, "placement_id", "", "the file is empty: the first row must name the columns"));
            yield break;
        }
        var columns = new Columns(CsvHeader.Map(csv, Fields, f => f.Name, f => f.Required, _errors), csv.FieldCount);
        var shared = reuseInstance ? new Placement() : null;
        while (csv.Read())
        {
            var placement = shared ?? new Placement();
            shared?.Clear();
            if (ReadRow(csv, columns, placement)) yield return placement;
        }
    }

    /// <summary>Types one record into <paramref name="placement"/>; false (with its errors recorded) when anything is wrong.</summary>
    private bool ReadRow(ICsvRecords csv, Columns columns, Placement placement)
    {
        RowCount++;
        var errorsBefore = _errors.Count;
        var row = csv.RecordNumber;
        var fieldCount = csv.FieldCount;
        if (csv.Problem is not null) _errors.Add(new CsvError(row, "-", "", csv.Problem));
        if (fieldCount != columns.HeaderWidth)
        {
            _errors.Add(new CsvError(row, "-", "", $"this row has {fieldCount} values but the header has {columns.HeaderWidth} columns"));
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
                if (field.Required) _errors.Add(new CsvError(row, field.Name, "", "a value is required"));
                continue;
            }
            if (field.Required) seenRequired++;
            if (field.Parse(cell, placement, _texts) is { } problem)
            {
                _errors.Add(new CsvError(row, field.Name, cell.ToString(), problem));
            }
        }

        if (placement.PlacementId.Length > 0 && !_firstRowOfId.TryAdd(placement.PlacementId, row))
        {
            _errors.Add(new CsvError(row, "placement_id", placement.PlacementId,
                $"is already used on row {_firstRowOfId[placement.PlacementId]}: each placement_id must be unique"));
        }
        return _errors.Count == errorsBefore && seenRequired == RequiredCount;
    }

    private readonly Dictionary<string, int> _firstRowOfId = new(StringComparer.Ordinal);
    private readonly TextPool _texts = new();

    private sealed record Columns(int[] Positions, int HeaderWidth);

    private static readonly PlacementField[] Fields = [.. PlacementFields.All];
    private static readonly int RequiredCount = Fields.Count(f => f.Required);
}
