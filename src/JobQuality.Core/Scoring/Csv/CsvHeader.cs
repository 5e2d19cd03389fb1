namespace JobQuality.Core.Scoring.Csv;

/// <summary>
/// Matches a header row to the columns a file type knows: names compared trimmed and ignoring case, any order,
/// unknown columns ignored. Reports required columns that are missing and known columns given twice.
/// </summary>
internal static class CsvHeader
{
    /// <summary>For each field position of the file, the index of the known column it holds, or -1.</summary>
    public static int[] Map<T>(ICsvRecords csv, IReadOnlyList<T> columns, Func<T, string> nameOf, Func<T, bool> required, List<CsvError> errors)
    {
        var positions = new int[csv.FieldCount];
        var seen = new bool[columns.Count];
        for (var i = 0; i < csv.FieldCount; i++)
        {
            var name = csv.Field(i).Trim();
            positions[i] = -1;
            for (var c = 0; c < columns.Count; c++)
            {
                if (!name.Equals(nameOf(columns[c]), StringComparison.OrdinalIgnoreCase)) continue;
                if (seen[c])
                {
                    errors.Add(new CsvError(csv.RecordNumber, nameOf(columns[c]), "", "this column appears more than once in the header"));
                }
                else
                {
                    seen[c] = true;
                    positions[i] = c;
                }
                break;
            }
        }
        for (var c = 0; c < columns.Count; c++)
        {
            if (!seen[c] && required(columns[c]))
            {
                errors.Add(new CsvError(1, nameOf(columns[c]), "", "this required column is missing from the header"));
            }
        }
        return positions;
    }
}
