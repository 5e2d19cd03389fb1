using System.Diagnostics;
using JobQuality.Cli;
using JobQuality.Integration.Tests.Infrastructure;
using Npgsql;

namespace JobQuality.Integration.Tests.Cli;

/// <summary>
/// <c>jobquality baseline</c> after <c>import living-wage</c>, <c>standards publish</c> and <c>import placements</c>: the
/// summary of the stored, scored placements is the one <c>jobquality score --summary-only</c> prints for the same files.
/// </summary>
public sealed class BaselineCommandTests(AppFactory app) : AppTest(app), IDisposable
{
    private readonly string? _previousConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Default");
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobquality-cli-baseline-");

    [Fact]
    public async Task Baseline_PrintsTheSameSummaryAsScore_ForTheSameFiles()
    {
        await Data.OrganizationAsync("lake-wdb");
        var standards = await WriteAsync("standards.json", ScoringFiles.Standards());
        var livingWages = await WriteAsync("living_wage.csv", ScoringFiles.LivingWages());
        var placements = await WriteAsync("placements.csv", ScoringFiles.Placements());
        var by = ScoringFiles.AllBreakdowns.SelectMany(c => new[] { "--by", c }).ToArray();

        (await RunAsync("import", "living-wage", "--org", "lake-wdb", "--file", livingWages, "--source", "MIT", "--vintage", "2025")).ExitCode.ShouldBe(0);
        (await RunAsync("standards", "publish", "--org", "lake-wdb", "--file", standards)).ExitCode.ShouldBe(0);
        var (imported, importOutput, importErrors) = await RunAsync("import", "placements", "--org", "lake-wdb", "--file", placements);

        imported.ShouldBe(0, importErrors);
        importOutput.ShouldContain($"Scored {ScoringFiles.Rows:N0} placement(s).");
        (await BaselineAsync(["--org", "lake-wdb", .. by])).ShouldBe(await ScoreAsync([.. by]));
        (await BaselineAsync(["--org", "lake-wdb", "--min-cell", "20", "--by", "race_ethnicity", "--by", "program"]))
            .ShouldBe(await ScoreAsync(["--min-cell", "20", "--by", "race_ethnicity", "--by", "program"]));

        async Task<string> ScoreAsync(string[] options)
        {
            var output = Path.Combine(_folder.FullName, $"score-{Guid.NewGuid():N}.json");
            var (exitCode, _, errors) = await RunAsync(
                ["score", "--standards", standards, "--living-wage", livingWages, "--placements", placements, "--summary-only", "--output", output, .. options]);
            exitCode.ShouldBe(0, errors);
            return (await File.ReadAllTextAsync(output)).TrimEnd('\n');
        }
    }

    [Fact]
    public async Task Baseline_WhenItFails_ExitsWith1_AndWritesNothingToStandardOutput()
    {
        await Data.OrganizationAsync("lake-wdb");
        var noDatabase = new NpgsqlConnectionStringBuilder(App.ConnectionString) { Database = $"missing_{Guid.NewGuid():N}" }.ConnectionString;

        var notScored = await RunProcessAsync(["baseline", "--org", "lake-wdb"]);
        var unreachable = await RunProcessAsync(["baseline", "--org", "lake-wdb"], noDatabase);

        // A script redirects the JSON to a file: problems (and the log) go to standard error only.
        notScored.ExitCode.ShouldBe(1);
        notScored.Output.ShouldBeEmpty();
        notScored.Errors.ShouldContain("have not been scored yet");
        unreachable.ExitCode.ShouldBe(1);
        unreachable.Output.ShouldBeEmpty();
        unreachable.Errors.ShouldContain("cannot reach the database");
    }

    /// <summary>
    /// <c>jobquality baseline</c> as a script runs it, in its own process: it writes the JSON straight to the standard
    /// output stream, which an in-process run cannot capture. Fails unless it exits with 0.
    /// </summary>
    private async Task<string> BaselineAsync(string[] options)
    {
        var (exitCode, output, errors) = await RunProcessAsync(["baseline", .. options]);
        exitCode.ShouldBe(0, errors);
        return output;
    }

    private async Task<(int ExitCode, string Output, string Errors)> RunProcessAsync(string[] args, string? connectionString = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder.FullName,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "jobquality.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__Default"] = connectionString ?? App.ConnectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, (await output).TrimEnd('\n'), await errors);
    }

    private async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Default", App.ConnectionString);
        var output = new StringWriter();
        var errors = new StringWriter();
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            var exitCode = await JobQualityCommandLine.RunAsync(args);
            return (exitCode, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }

    private async Task<string> WriteAsync(string name, string contents)
    {
        var path = Path.Combine(_folder.FullName, name);
        await File.WriteAllTextAsync(path, contents);
        return path;
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Default", _previousConnectionString);
        _folder.Delete(recursive: true);
    }
}
