using System.Globalization;

namespace JobQuality.Core.Common;

/// <summary>
/// Cells of CSV files that people open in a spreadsheet. Text that came from users or uploaded files could start with
/// a formula (<c>=HYPERLINK(…)</c>, <c>+cmd|…</c>, <c>@SUM(…)</c>) that Excel, LibreOffice or Google Sheets would run on
/// opening: such text gets a leading apostrophe, which spreadsheets show as plain text (OWASP "CSV injection").
/// Numbers the app writes itself go through <see cref="Number(decimal?)"/> and are never changed, so a gap of -12.4
/// stays a number. Every cell is quoted as RFC 4180 requires when it holds a comma, quote or line break.
/// </summary>
public static class CsvCells
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula (or, for tab and CR, can hide one).</summary>
    public static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The text with an apostrophe in front when it starts like a formula; otherwise unchanged.</summary>
    public static string Neutralize(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
    }

    /// <summary>A text cell: neutralized, then quoted when it must be.</summary>
    public static string Text(string? value) => Quote(Neutralize(value));

    /// <summary>A number the app computed (never user text): invariant culture, empty for null.</summary>
    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <inheritdoc cref="Number(decimal?)"/>
    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>RFC 4180: a value holding a comma, quote or line break is quoted, with quotes doubled.</summary>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>Cells already made with <see cref="Text"/> or <see cref="Number(decimal?)"/>, joined into one CRLF-ended line.</summary>
    public static void WriteLine(TextWriter output, IEnumerable<string> cells)
    {
        output.Write(string.Join(',', cells));
        output.Write("\r\n");
    }
}
