using JobQuality.Core.Scoring.Csv;

namespace JobQuality.Core.Scoring;

/// <summary>Living wages by county and household type (SCORING.md section 2), loaded from a living wage calculator.</summary>
public sealed class LivingWageTable
{
    private readonly Dictionary<(string County, string Household), decimal> _wages;

    public LivingWageTable(IEnumerable<LivingWage> rows) =>
        _wages = rows.ToDictionary(r => (r.CountyFips, r.HouseholdType), r => r.HourlyWage);

    public int Count => _wages.Count;

    public IEnumerable<LivingWage> Rows => _wages.Select(w => new LivingWage(w.Key.County, w.Key.Household, w.Value));

    /// <summary>The hourly living wage for a county and household, or null when the table has no such row.</summary>
    public decimal? Find(string countyFips, string householdType) =>
        _wages.TryGetValue((countyFips, householdType), out var wage) ? wage : null;

    /// <summary>Reads and checks a living wage CSV. Every problem is reported; the table is null when there is any.</summary>
    public static (LivingWageTable? Table, IReadOnlyList<CsvError> Errors) Read(TextReader reader)
    {
        var errors = new List<CsvError>();
        var csv = new CsvRecordReader(reader);
        if (!csv.Read())
        {
            errors.Add(new CsvError(1, Columns[0], "", "the file is empty: the first row must name the columns"));
            return (null, errors);
        }
        var positions = CsvHeader.Map(csv, Columns, c => c, _ => true, errors);
        var headerWidth = csv.FieldCount;
        var rows = new List<LivingWage>();
        var firstRow = new Dictionary<(string, string), int>();
        while (csv.Read())
        {
            var row = csv.RecordNumber;
            var errorsBefore = errors.Count;
            if (csv.Problem is not null) errors.Add(new CsvError(row, "-", "", csv.Problem));
            if (csv.FieldCount != headerWidth)
            {
                errors.Add(new CsvError(row, "-", "", $"this row has {csv.FieldCount} values but the header has {headerWidth} columns"));
            }
            string? county = null, household = null;
            decimal? wage = null;
            for (var i = 0; i < Math.Min(csv.FieldCount, headerWidth); i++)
            {
                if (positions[i] < 0) continue;
                var column = Columns[positions[i]];
                var cell = csv.Field(i).Trim();
                if (cell.IsEmpty)
                {
                    errors.Add(new CsvError(row, column, "", "a value is required"));
                    continue;
                }
                var problem = positions[i] switch
                {
                    0 => FieldValues.Digits(cell, 5, 5),
                    1 => (household = HouseholdTypes.Normalize(cell)) is null ? $"is not a household type (use one of {string.Join(", ", HouseholdTypes.All)})" : null,
                    _ => FieldValues.Decimal(cell, 0, decimal.MaxValue, out var value) ?? Keep(value, out wage),
                };
                if (positions[i] == 0 && problem is null) county = cell.ToString();
                if (problem is not null) errors.Add(new CsvError(row, column, cell.ToString(), problem));
            }
            if (errors.Count > errorsBefore || county is null || household is null || wage is null) continue;
            if (!firstRow.TryAdd((county, household), row))
            {
                errors.Add(new CsvError(row, "household_type", household,
                    $"is listed twice for county {county} (first on row {firstRow[(county, household)]})"));
                continue;
            }
            rows.Add(new LivingWage(county, household, wage.Value));
        }
        return errors.Count > 0 ? (null, errors) : (new LivingWageTable(rows), errors);
    }

    private static readonly string[] Columns = ["county_fips", "household_type", "hourly_wage"];

    private static string? Keep(decimal value, out decimal? target)
    {
        target = value;
        return null;
    }
}

public sealed record LivingWage(string CountyFips, string HouseholdType, decimal HourlyWage);
