using JobQuality.Cli;
using JobQuality.Core.Scoring.Samples;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Cli;

/// <summary><c>jobquality import living-wage</c> and <c>import placements</c>, run in-process against the test database.</summary>
public sealed class ImportLivingWageCommandTests(AppFactory app) : AppTest(app), IDisposable
{
    private readonly string? _previousConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Default");
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "Samples", "living_wage.csv");

    [Fact]
    public async Task ImportLivingWage_TheSample_StoresTheTableAndPrintsItsIdAndRowCount()
    {
        await Data.OrganizationAsync("lake-wdb");

        var (exitCode, output, errors) = await RunAsync("import", "living-wage", "--org", "lake-wdb", "--file", SamplePath,
            "--source", "MIT Living Wage Calculator", "--vintage", "2025");

        exitCode.ShouldBe(0, errors);
        await using var db = App.NewDbContext();
        var table = await db.LivingWageTables.SingleAsync();
        output.ShouldContain(table.Id.ToString());
        output.ShouldContain("84 rates");
        table.CreatedBy.ShouldBe("cli");
        table.FileName.ShouldBe("living_wage.csv");
        (await db.LivingWageRates.CountAsync()).ShouldBe(84);
    }

    [Fact]
    public async Task ImportLivingWage_FileWithBadRows_ExitsWith2ListingEveryErrorAndStoresNothing()
    {
        await Data.OrganizationAsync("lake-wdb");
        var path = Path.Combine(Path.GetTempPath(), $"lw-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "county_fips,household_type,hourly_wage\n18097,1A0C,abc\n18097,9Z,19.40\n");
        try
        {
            var (exitCode, _, errors) = await RunAsync("import", "living-wage", "--org", "lake-wdb", "--file", path, "--source", "MIT", "--vintage", "2025");

            exitCode.ShouldBe(2);
            errors.ShouldContain($"{path}:2:hourly_wage: \"abc\"");
            errors.ShouldContain($"{path}:3:household_type: \"9Z\"");
            await using var db = App.NewDbContext();
            (await db.LivingWageTables.CountAsync()).ShouldBe(0);
            (await db.LivingWageRates.CountAsync()).ShouldBe(0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ImportLivingWage_UnknownOrganization_ExitsWith1()
    {
        var (exitCode, _, errors) = await RunAsync("import", "living-wage", "--org", "nowhere", "--file", SamplePath, "--source", "MIT", "--vintage", "2025");

        exitCode.ShouldBe(1);
        errors.ShouldContain("nowhere");
    }

    [Fact]
    public async Task ImportLivingWage_YearOutOfRange_ExitsWith1()
    {
        await Data.OrganizationAsync("lake-wdb");

        var (exitCode, _, errors) = await RunAsync("import", "living-wage", "--org", "lake-wdb", "--file", SamplePath, "--source", "MIT", "--vintage", "1850");

        exitCode.ShouldBe(1);
        errors.ShouldContain("--vintage");
        await using var db = App.NewDbContext();
        (await db.LivingWageTables.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ImportPlacements_StoresTheFile_AndAgainChangesNothing()
    {
        await Data.OrganizationAsync("lake-wdb");
        var path = Path.Combine(Path.GetTempPath(), $"placements-{Guid.NewGuid():N}.csv");
        await using (var file = File.CreateText(path)) new SampleDataGenerator(3).WritePlacements(file, 500);
        try
        {
            var (exitCode, output, errors) = await RunAsync("import", "placements", "--org", "lake-wdb", "--file", path);
            var (_, again, _) = await RunAsync("import", "placements", "--org", "lake-wdb", "--file", path);

            exitCode.ShouldBe(0, errors);
            output.ShouldContain("500 rows: 500 new, 0 changed, 0 unchanged.");
            again.ShouldContain("500 rows: 0 new, 0 changed, 500 unchanged.");
            await using var db = App.NewDbContext();
            (await db.Placements.CountAsync()).ShouldBe(500);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ImportPlacements_FileWithABadRow_ExitsWith2AndStoresNothing()
    {
        await Data.OrganizationAsync("lake-wdb");
        var path = Path.Combine(Path.GetTempPath(), $"placements-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "placement_id,placement_date,hourly_wage\np1,2026-01-05,18.50\np2,2026-01-06,lots\n");
        try
        {
            var (exitCode, _, errors) = await RunAsync("import", "placements", "--org", "lake-wdb", "--file", path);

            exitCode.ShouldBe(2);
            errors.ShouldContain($"{path}:3:hourly_wage: \"lots\"");
            await using var db = App.NewDbContext();
            (await db.Placements.CountAsync()).ShouldBe(0);
        }
        finally
        {
            File.Delete(path);
        }
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

    public void Dispose() => Environment.SetEnvironmentVariable("ConnectionStrings__Default", _previousConnectionString);
}
