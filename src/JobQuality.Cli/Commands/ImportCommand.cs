using System.CommandLine;
using JobQuality.Cli.Admin;
using JobQuality.Cli.Scoring;
using JobQuality.Core.LivingWages;
using JobQuality.Core.Scoring;
using JobQuality.Data.LivingWages;
using JobQuality.Data.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Cli.Commands;

/// <summary><c>jobquality import</c>: loads an organization's data files into the database.</summary>
internal static class ImportCommand
{
    public static Command Create() => new("import", "Import data files into an organization.") { Placements(), LivingWage() };

    /// <summary>
    /// <c>jobquality import placements</c>: stores a placements file, all or nothing, through the same store as the API.
    /// Exit 0 with the counts ("N rows: a new, b changed, c unchanged") once what changed is scored, 2 with every
    /// problem in the file, 1 otherwise.
    /// </summary>
    private static Command Placements()
    {
        var org = new Option<string>("--org") { Description = "The organization's slug, e.g. metro-wdb.", Required = true };
        var file = new Option<string>("--file") { Description = "Placements CSV (the columns of docs/scoring.md).", Required = true };
        var command = new Command("placements", "Import placements; re-importing a file updates changed rows only.") { org, file };
        command.SetAdminAction(async (parse, services, db, ct) =>
        {
            var slug = parse.GetValue(org)!.Trim();
            var path = parse.GetValue(file)!;
            var organizationId = await db.Organizations.Where(o => o.Slug == slug).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(ct)
                ?? throw new CliException($"There is no organization with slug '{slug}'.");
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"{path}:0:-: the file does not exist");
                return ScoringInputs.InvalidInput;
            }

            await using var stream = File.OpenRead(path);
            var importer = services.GetRequiredService<PlacementImporter>();
            var outcome = await importer.ImportAsync(new PlacementUpload(organizationId, Path.GetFileName(path), CliServices.Operator), stream, ct);
            if (outcome.Errors.Count > 0)
            {
                foreach (var error in outcome.Errors) await Console.Error.WriteLineAsync(error.Format(path));
                await Console.Error.WriteLineAsync($"{outcome.Errors.Count} problem(s) found; nothing was imported.");
                return ScoringInputs.InvalidInput;
            }
            Console.WriteLine(outcome.Import.Message);
            await ScoreBeforeReturning.RunAsync(services, organizationId, ct);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// <c>jobquality import living-wage</c>: stores a living wage table, all or nothing, with the same reader and
    /// importer as the web page. Exit 0 with the new table's id, 2 with every problem in the file, 1 otherwise.
    /// </summary>
    private static Command LivingWage()
    {
        var org = new Option<string>("--org") { Description = "The organization's slug, e.g. metro-wdb.", Required = true };
        var file = new Option<string>("--file") { Description = "Living wage CSV (county_fips, household_type, hourly_wage).", Required = true };
        var source = new Option<string>("--source") { Description = "Where the figures come from, e.g. \"MIT Living Wage Calculator\".", Required = true };
        var vintage = new Option<int>("--vintage") { Description = "The year the figures are for.", Required = true };
        var command = new Command("living-wage", "Import a living wage table.") { org, file, source, vintage };
        command.SetAdminAction(async (parse, services, db, ct) =>
        {
            var slug = parse.GetValue(org)!.Trim();
            var path = parse.GetValue(file)!;
            var sourceName = parse.GetValue(source)!;
            var year = parse.GetValue(vintage);
            if (StoredLivingWageTable.SourceNameProblem(sourceName) is { } sourceProblem) throw new CliException($"--source: {sourceProblem}");
            if (StoredLivingWageTable.VintageYearProblem(year) is { } yearProblem) throw new CliException($"--vintage: {yearProblem}");
            var organizationId = await db.Organizations.Where(o => o.Slug == slug).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(ct)
                ?? throw new CliException($"There is no organization with slug '{slug}'.");
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"{path}:0:-: the file does not exist");
                return ScoringInputs.InvalidInput;
            }

            await using var stream = File.OpenRead(path);
            var importer = services.GetRequiredService<LivingWageTableImporter>();
            var result = await importer.ImportAsync(new LivingWageImport(organizationId, sourceName, year, Path.GetFileName(path)), stream, ct);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors) await Console.Error.WriteLineAsync(error.Format(path));
                await Console.Error.WriteLineAsync($"{result.Errors.Count} problem(s) found; nothing was imported.");
                return ScoringInputs.InvalidInput;
            }
            Console.WriteLine($"Imported living wage table {result.Table!.Id} with {result.Table.RowCount} rates.");
            await ScoreBeforeReturning.RunAsync(services, organizationId, ct);
            return 0;
        });
        return command;
    }
}
