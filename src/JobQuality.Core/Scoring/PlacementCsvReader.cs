using JobQuality.Core.Scoring.Csv;

namespace JobQuality.Core.Scoring;

/// <summary>
/// Reads a placements file (SCORING.md section 1) one record at a time, checking every cell against its column.
/// Every problem is collected in <see cref="Errors"/>; rows with a problem are not returned. A caller must treat a
/// file with any error as invalid as a whole.
/// </summary>
public sealed class PlacementCsvReader(TextReader reader)
{
    private readonly List<CsvError> _errors = [];

    public IReadOnlyList<CsvError> Errors => _errors;

    /// <summary>Number of data rows read (valid or not).</summary>
    public int RowCount { get; private set; }

    public IEnumerable<Placement> ReadAll()
    {
        var csv = new CsvRecordReader(reader);
        if (!csv.Read())
        {
            _errors.Add(new CsvError(1, "placement_id", "", "the file is empty: the first row must name the columns"));
            yield break;
        }
        var fields = PlacementFields.All;
        var positions = CsvHeader.Map(csv, fields, f => f.Name, f => f.Required, _errors);
        var headerWidth = csv.FieldCount;
        var firstRowOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new TextPool();

        while (csv.Read())
        {
            RowCount++;
            var errorsBefore = _errors.Count;
            var placement = new Placement();
            var row = csv.RecordNumber;
            if (csv.Problem is not null) _errors.Add(new CsvError(row, "-", "", csv.Problem));
            if (csv.FieldCount != headerWidth)
            {
                _errors.Add(new CsvError(row, "-", "", $"this row has {csv.FieldCount} values but the header has {headerWidth} columns"));
            }

            var seenRequired = 0;
            for (var i = 0; i < Math.Min(csv.FieldCount, headerWidth); i++)
            {
                if (positions[i] < 0) continue;
                var field = fields[positions[i]];
                var cell = csv.Field(i).Trim();
                if (cell.IsEmpty)
                {
                    if (field.Required) _errors.Add(new CsvError(row, field.Name, "", "a value is required"));
                    continue;
                }
                if (field.Required) seenRequired++;
                if (field.Parse(cell, placement, texts) is { } problem)
                {
                    _errors.Add(new CsvError(row, field.Name, cell.ToString(), problem));
                }
            }

            if (placement.PlacementId.Length > 0 && !firstRowOfId.TryAdd(placement.PlacementId, row))
            {
                _errors.Add(new CsvError(row, "placement_id", placement.PlacementId,
                    $"is already used on row {firstRowOfId[placement.PlacementId]}: each placement_id must be unique"));
            }
            if (_errors.Count == errorsBefore && seenRequired == RequiredCount) yield return placement;
        }
    }

    private static readonly int RequiredCount = PlacementFields.All.Count(f => f.Required);
}
