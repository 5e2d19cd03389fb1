using System.CommandLine;
using JobQuality.Cli.Admin;
using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring.Output;
using JobQuality.Core.Scoring.Summary;
using JobQuality.Data.Baseline;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Cli.Commands;

/// <summary>
/// <c>jobquality baseline</c>: the summary of an organization's stored, scored placements, in the JSON of
/// <c>jobquality score --summary-only</c> (SCORING.md section 6). For the same data both print the same summary.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create()
    {
        var org = new Option<string>("--org") { Description = "The organization's slug, e.g. metro-wdb.", Required = true };
        var by = new Option<string[]>("--by")
        {
            Description = $"Break results down by a column (repeatable): {string.Join(", ", Breakdowns.Names)}.",
            AllowMultipleArgumentsPerToken = false,
        };
        var minCell = new Option<int?>("--min-cell") { Description = $"Groups smaller than this are suppressed (default: the organization's setting; never below {Organization.SmallestMinCellSize})." };
        var from = new Option<DateOnly?>("--from") { Description = "Only placements on or after this date (yyyy-mm-dd)." };
        var to = new Option<DateOnly?>("--to") { Description = "Only placements on or before this date (yyyy-mm-dd)." };
        var program = new Option<string?>("--program") { Description = "Only placements of this program." };
        var county = new Option<string?>("--county") { Description = "Only placements in this county (5-digit FIPS)." };
        var command = new Command("baseline", "Print the baseline summary of an organization's scored placements.") { org, by, minCell, from, to, program, county };
        command.SetAdminAction(async (parse, _, db, ct) =>
        {
            var slug = parse.GetValue(org)!.Trim();
            var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Slug == slug, ct)
                ?? throw new CliException($"There is no organization with slug '{slug}'.");
            var columns = parse.GetValue(by) ?? [];
            if (columns.FirstOrDefault(c => !Breakdowns.Exists(c)) is { } unknown)
            {
                throw new CliException($"--by {unknown}: cannot break results down by this column (use one of {string.Join(", ", Breakdowns.Names)}).");
            }
            var cell = parse.GetValue(minCell) ?? organization.MinCellSize;
            if (cell < Organization.SmallestMinCellSize) throw new CliException($"--min-cell must be {Organization.SmallestMinCellSize} or more: smaller groups could identify people.");

            var filter = new BaselineFilter(parse.GetValue(from), parse.GetValue(to), parse.GetValue(program), parse.GetValue(county));
            var figures = await BaselineQuery.GetAsync(db, organization.Id, filter, columns, cell, ct)
                ?? throw new CliException($"The placements of {organization.Name} have not been scored yet: publish standards and import placements first.");
            if (figures.IsWithheld(filter, cell)) throw new CliException(BaselineFigures.WithheldMessage(cell));

            using var output = Console.OpenStandardOutput();
            using var json = new ScoreJsonWriter(output, figures.Standards);
            json.WriteSummary(figures.Summary, withPlacements: false);
            return 0;
        });
        return command;
    }
}
