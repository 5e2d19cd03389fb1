using System.Globalization;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Baseline;

/// <summary>
/// The dashboard's current view as one CSV table a spreadsheet opens: what it was measured with and the filters
/// ("about" rows), the totals, each principle, and every group of every breakdown. A withheld cell is empty and its row
/// says <c>withheld = yes</c>. Text from the board's own data (program names, groups, standards names) is neutralized
/// by <see cref="CsvCells"/>, so a program named <c>=HYPERLINK(…)</c> opens as text, not as a formula.
/// </summary>
public static class BaselineCsv
{
    public static readonly string[] Header =
    [
        "section", "item", "group", "placements", "quality", "not_quality", "incomplete", "quality_pct", "gap_to_overall_pts",
        "met", "not_met", "unknown", "fails_most", "withheld", "note",
    ];

    public static string FileName(string slug, DateOnly today) => $"{slug}-baseline-{today:yyyy-MM-dd}.csv";

    public static void Write(TextWriter output, GetBaseline.Result result)
    {
        WriteLine(output, Header.Select(CsvCells.Cell));
        About(output, "organization", result.Organization.Name);
        About(output, "filters", DescribeFilter(result));
        About(output, "min_cell_size", result.MinCellSize.ToString(CultureInfo.InvariantCulture));
        if (result.Source is not { } source || result.View is not { } view)
        {
            About(output, "status", "The placements have not been scored yet: there are no figures.");
            return;
        }
        About(output, "standards", $"version {source.StandardsNumber}: {source.StandardsName}");
        About(output, "living_wage_table", source.LivingWageTable ?? "none");
        About(output, "scored_at", source.ScoredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

        if (view.Withheld || view.Totals is not { } totals)
        {
            Row(output, "totals", "all placements", withheld: true, note: result.WithheldReason);
            return;
        }
        Row(output, "totals", "all placements", placements: totals.Total, quality: totals.Quality, notQuality: totals.NotQuality,
            incomplete: totals.Incomplete, qualityPct: totals.QualityPct);
        foreach (var principle in view.Principles)
        {
            Row(output, "principle", principle.Name, met: principle.Met, notMet: principle.NotMet, unknown: principle.Unknown,
                note: principle.Mode.ToString());
        }
        foreach (var breakdown in view.Breakdowns)
        {
            foreach (var group in breakdown.Groups)
            {
                if (group.Suppressed)
                {
                    Row(output, "breakdown", breakdown.Column, group.Group, withheld: true, note: $"fewer than {result.MinCellSize} placements, or withheld with such a group");
                    continue;
                }
                Row(output, "breakdown", breakdown.Column, group.Group, placements: group.N, quality: group.Quality, qualityPct: group.QualityPct,
                    gap: group.GapPts, failsMost: string.Join("; ", group.FailsMost.Select(f => $"{f.Name} ({f.NotMetPct.ToString("0.0", CultureInfo.InvariantCulture)}% not met)")));
            }
        }
    }

    private static string DescribeFilter(GetBaseline.Result result)
    {
        var filter = result.Filter;
        var parts = new List<string>();
        if (filter.From is { } from) parts.Add($"from {from:yyyy-MM-dd}");
        if (filter.To is { } to) parts.Add($"to {to:yyyy-MM-dd}");
        if (filter.Program is { } program) parts.Add($"program {program}");
        if (filter.CountyFips is { } county) parts.Add($"county {county}");
        return parts.Count == 0 ? "none: all placements" : string.Join("; ", parts);
    }

    private static void About(TextWriter output, string item, string note) => Row(output, "about", item, note: note);

    private static void Row(
        TextWriter output, string section, string item, string? group = null, int? placements = null, int? quality = null,
        int? notQuality = null, int? incomplete = null, decimal? qualityPct = null, decimal? gap = null, int? met = null,
        int? notMet = null, int? unknown = null, string? failsMost = null, bool withheld = false, string? note = null) =>
        WriteLine(output,
        [
            CsvCells.Cell(section), CsvCells.Cell(item), CsvCells.Cell(group),
            CsvCells.Number(placements), CsvCells.Number(quality), CsvCells.Number(notQuality), CsvCells.Number(incomplete),
            CsvCells.Number(qualityPct), CsvCells.Number(gap),
            CsvCells.Number(met), CsvCells.Number(notMet), CsvCells.Number(unknown),
            CsvCells.Cell(failsMost), withheld ? "yes" : "no", CsvCells.Cell(note),
        ]);

    /// <summary>Cells already made by <see cref="CsvCells"/> (text neutralized, numbers as numbers), as one CRLF-ended line.</summary>
    private static void WriteLine(TextWriter output, IEnumerable<string> cells)
    {
        output.Write(string.Join(',', cells));
        output.Write("\r\n");
    }
}
