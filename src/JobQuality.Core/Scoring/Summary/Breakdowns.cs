namespace JobQuality.Core.Scoring.Summary;

/// <summary>
/// The columns results can be broken down by (SCORING.md section 5), and how each turns a placement into a group
/// name. Blank values form the group "Not reported".
/// </summary>
public static class Breakdowns
{
    public const string NotReported = "Not reported";

    private static readonly Dictionary<string, Func<Placement, string?>> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["race_ethnicity"] = p => p.RaceEthnicity,
        ["sex"] = p => p.Sex,
        ["program"] = p => p.Program,
        ["county_fips"] = p => p.CountyFips,
        ["naics2"] = p => p.EmployerNaics?[..2],
        ["age"] = p => p.Age is { } age ? AgeBand(age) : null,
        ["veteran"] = p => YesNo(p.Veteran),
        ["disability"] = p => YesNo(p.Disability),
    };

    public static IReadOnlyCollection<string> Names { get; } = Columns.Keys.ToList();

    public static bool Exists(string column) => Columns.ContainsKey(column.Trim());

    /// <summary>The error for a column results cannot be broken down by, naming the ones they can.</summary>
    public static ArgumentException UnknownColumn(string column, string parameter) => new(UnknownColumnMessage(column), parameter);

    public static string UnknownColumnMessage(string column) =>
        $"Cannot break results down by \"{column}\". Use one of: {string.Join(", ", Names)}.";

    /// <summary>The requested columns as they are reported: trimmed, lower case, each once, in the order asked.</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string> columns, string parameter) =>
        columns.Select(c => c.Trim().ToLowerInvariant()).Distinct()
            .Select(c => Exists(c) ? c : throw UnknownColumn(c, parameter))
            .ToList();

    /// <summary>The group a placement falls in for <paramref name="column"/>: its value trimmed, or "Not reported".</summary>
    public static string GroupOf(string column, Placement placement) => Grouping(column)(placement);

    /// <summary>The grouping function of a column, to look up once and apply to every placement.</summary>
    public static Func<Placement, string> Grouping(string column)
    {
        var value = Columns[column.Trim()];
        return placement => value(placement) is { Length: > 0 } group ? group : NotReported;
    }

    /// <summary>The WIOA reporting age bands.</summary>
    public static string AgeBand(int age) => age switch
    {
        < 16 => "<16",
        <= 18 => "16-18",
        <= 24 => "19-24",
        <= 44 => "25-44",
        <= 54 => "45-54",
        <= 59 => "55-59",
        _ => "60+",
    };

    private static string? YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => null,
    };
}
