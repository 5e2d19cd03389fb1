using System.CommandLine;
using JobQuality.Cli.Scoring;
using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Output;
using JobQuality.Core.Scoring.Summary;

namespace JobQuality.Cli.Commands;

/// <summary>
/// <c>jobquality score</c>: checks placements against standards (SCORING.md). The file is read twice when
/// placements are written out: once to find every error and add up the summary, once to write each result. So
/// memory holds only the placement ids and the group counters, however large the file.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var standards = new Option<string>("--standards") { Description = "Standards JSON file.", Required = true };
        var livingWage = new Option<string>("--living-wage") { Description = "Living wage table (CSV: county_fips, household_type, hourly_wage).", Required = true };
        var placements = new Option<string>("--placements") { Description = "Placements CSV file.", Required = true };
        var by = new Option<string[]>("--by")
        {
            Description = $"Break results down by a column (repeatable): {string.Join(", ", Breakdowns.Names)}.",
            AllowMultipleArgumentsPerToken = false,
        };
        var minCell = new Option<int>("--min-cell") { Description = "Groups smaller than this are suppressed.", DefaultValueFactory = _ => SummaryBuilder.DefaultMinCell };
        var format = new Option<string>("--format") { Description = "json (placements and summary) or csv (one row per placement).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var summaryOnly = new Option<bool>("--summary-only") { Description = "JSON: write the summary without the per-placement list." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };

        var command = new Command("score", "Score placements against job quality standards.")
        {
            standards, livingWage, placements, by, minCell, format, summaryOnly, output,
        };
        command.SetAction(parse => Run(
            parse.GetValue(standards)!, parse.GetValue(livingWage)!, parse.GetValue(placements)!,
            parse.GetValue(by) ?? [], parse.GetValue(minCell), parse.GetValue(format)!, parse.GetValue(summaryOnly), parse.GetValue(output)));
        return command;
    }

    private static int Run(string standardsPath, string livingWagePath, string placementsPath, string[] by, int minCell,
        string format, bool summaryOnly, string? outputPath)
    {
        var inputs = new ScoringInputs();
        if (minCell < 1) inputs.Errors.Add($"--min-cell:0:-: must be 1 or more, not {minCell}");
        foreach (var column in by.Where(c => !Breakdowns.Exists(c)))
        {
            inputs.Errors.Add($"--by:0:{column}: cannot break results down by this column (use one of {string.Join(", ", Breakdowns.Names)})");
        }
        var standards = inputs.ReadStandards(standardsPath);
        var livingWages = inputs.ReadLivingWages(livingWagePath);
        if (standards is null || livingWages is null || inputs.Errors.Count > 0)
        {
            // Still check the placements, so every problem is reported in one run.
            inputs.ReadPlacements(placementsPath, null);
            return inputs.ReportErrors();
        }

        // Pass 1: validate every row and add up the summary.
        var engine = new ScoringEngine(standards, livingWages);
        var summary = new SummaryBuilder(standards, by, minCell);
        var statuses = new PrincipleStatus[standards.Used.Count];
        inputs.ReadPlacements(placementsPath, placement =>
        {
            var (classification, _) = engine.Classify(placement, statuses);
            summary.Add(placement, classification, statuses);
        });
        if (inputs.Errors.Count > 0) return inputs.ReportErrors();

        using var output = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath);
        if (format == "csv")
        {
            using var text = new StreamWriter(output, bufferSize: 1 << 16);
            var csv = new ScoreCsvWriter(text, standards);
            inputs.ReadPlacements(placementsPath, p => csv.WritePlacement(p.PlacementId, engine.Score(p)));
            return 0;
        }

        using var json = new ScoreJsonWriter(output, standards);
        if (!summaryOnly)
        {
            // Pass 2: stream each placement's result in file order.
            inputs.ReadPlacements(placementsPath, p => json.WritePlacement(p.PlacementId, engine.Score(p)));
        }
        json.WriteSummary(summary.Build(), withPlacements: !summaryOnly);
        output.WriteByte((byte)'\n');
        return 0;
    }
}
