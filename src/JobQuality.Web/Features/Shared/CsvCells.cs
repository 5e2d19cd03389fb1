namespace JobQuality.Web.Features.Shared;

/// <summary>
/// Writes CSV cells that are safe to open in a spreadsheet: a value starting with <c>= + - @</c>, a tab or a carriage
/// return would be run as a formula (CSV injection), so it gets a leading apostrophe; then RFC 4180 quoting.
/// </summary>
public static class CsvCells
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\n', '\r'];

    /// <summary>The value with a leading apostrophe when a spreadsheet would read it as a formula.</summary>
    public static string Neutralize(string? value) =>
        string.IsNullOrEmpty(value) || Array.IndexOf(FormulaStarts, value[0]) < 0 ? value ?? "" : "'" + value;

    /// <summary>One cell, neutralized and quoted when needed.</summary>
    public static string Cell(string? value)
    {
        var safe = Neutralize(value);
        return safe.IndexOfAny(NeedsQuotes) < 0 ? safe : "\"" + safe.Replace("\"", "\"\"") + "\"";
    }

    /// <summary>
    /// A number the app computed itself (never text from users or files): invariant culture, empty for null. It is not
    /// neutralized, so a negative number (a gap of -12.4 points) stays a number in the spreadsheet.
    /// </summary>
    public static string Number(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <inheritdoc cref="Number(decimal?)"/>
    public static string Number(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>One line of cells (without the line break).</summary>
    public static string Line(params IEnumerable<string?> values) => string.Join(',', values.Select(Cell));
}
