using System.CommandLine;
using JobQuality.Cli.Scoring;

namespace JobQuality.Cli.Commands;

/// <summary><c>jobquality validate</c>: checks input files and prints every problem, without scoring.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var placements = new Option<string?>("--placements") { Description = "A placements CSV file to check." };
        var livingWage = new Option<string?>("--living-wage") { Description = "A living wage table CSV to check." };
        var standards = new Option<string?>("--standards") { Description = "A standards JSON file to check." };
        var command = new Command("validate", "Check a placements file, a living wage table or a standards file; exit 0 when valid, 2 otherwise.")
        {
            placements, livingWage, standards,
        };
        command.SetAction(parse =>
        {
            var inputs = new ScoringInputs();
            var checkedAny = false;
            if (parse.GetValue(standards) is { } standardsPath)
            {
                checkedAny = true;
                if (inputs.ReadStandards(standardsPath) is { } s) Console.WriteLine($"{standardsPath}: valid standards \"{s.Name}\" ({s.Used.Count} principles used)");
            }
            if (parse.GetValue(livingWage) is { } livingWagePath)
            {
                checkedAny = true;
                if (inputs.ReadLivingWages(livingWagePath) is { } table) Console.WriteLine($"{livingWagePath}: valid living wage table ({table.Count} rows)");
            }
            if (parse.GetValue(placements) is { } placementsPath)
            {
                checkedAny = true;
                var before = inputs.Errors.Count;
                var rows = inputs.ReadPlacements(placementsPath, null);
                if (inputs.Errors.Count == before) Console.WriteLine($"{placementsPath}: valid placements file ({rows} rows)");
            }
            if (!checkedAny)
            {
                Console.Error.WriteLine("error: name at least one file: --placements, --living-wage or --standards");
                return ScoringInputs.InvalidInput;
            }
            return inputs.Errors.Count == 0 ? 0 : inputs.ReportErrors();
        });
        return command;
    }
}
