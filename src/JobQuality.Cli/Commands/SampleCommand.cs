using System.CommandLine;
using JobQuality.Core.Scoring.Samples;
using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Cli.Commands;

/// <summary><c>jobquality sample</c>: writes synthetic placements, a living wage table and standards to try the engine on.</summary>
internal static class SampleCommand
{
    public static Command Create()
    {
        var rows = new Option<int>("--rows") { Description = "Number of placements.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "The same seed always writes the same files.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "Folder to write placements.csv, living_wage.csv and standards.json into.", DefaultValueFactory = _ => "." };
        var command = new Command("sample", "Write a realistic synthetic placements file, living wage table and standards.") { rows, seed, output };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(rows);
            if (count < 0)
            {
                Console.Error.WriteLine("error: --rows must be 0 or more");
                return 2;
            }
            var folder = parse.GetValue(output)!;
            Directory.CreateDirectory(folder);
            var generator = new SampleDataGenerator(parse.GetValue(seed));
            using (var placements = new StreamWriter(Path.Combine(folder, "placements.csv"), append: false, System.Text.Encoding.UTF8, bufferSize: 1 << 16))
            {
                generator.WritePlacements(placements, count);
            }
            using (var livingWages = new StreamWriter(Path.Combine(folder, "living_wage.csv")))
            {
                generator.WriteLivingWages(livingWages);
            }
            File.WriteAllText(Path.Combine(folder, "standards.json"), StandardsJson.Write(SampleDataGenerator.Standards()) + "\n");
            Console.WriteLine($"Wrote {count} placements, a living wage table and standards to {Path.GetFullPath(folder)}");
            return 0;
        });
        return command;
    }
}
