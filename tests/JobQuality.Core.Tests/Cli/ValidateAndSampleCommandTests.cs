using static JobQuality.Core.Tests.Cli.CliRun;

namespace JobQuality.Core.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class ValidateAndSampleCommandTests
{
    [Fact]
    public async Task Validate_PublicSamples_ExitsWith0()
    {
        var (exitCode, output, _) = await RunAsync("validate", "--placements", Sample("placements.csv"), "--living-wage", Sample("living_wage.csv"), "--standards", Sample("standards.json"));

        exitCode.ShouldBe(0);
        output.ShouldContain("valid placements file (60 rows)");
    }

    [Fact]
    public async Task Validate_BadLivingWageTable_ExitsWith2_WithEveryError()
    {
        var table = TempFile("county_fips,household_type,hourly_wage\n18097,1A0C,x\n1809,1A0C,20\n");

        var (exitCode, _, error) = await RunAsync("validate", "--living-wage", table);

        exitCode.ShouldBe(2);
        error.ShouldContain($"{table}:2:hourly_wage:");
        error.ShouldContain($"{table}:3:county_fips:");
    }

    [Fact]
    public async Task Validate_WithoutAFile_ExitsWith2()
    {
        (await RunAsync("validate")).ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task Sample_WritesValidFiles_AndTheSameSeedWritesTheSameFiles()
    {
        var first = Path.Combine(Path.GetTempPath(), $"jq-sample-{Guid.NewGuid():N}");
        var second = Path.Combine(Path.GetTempPath(), $"jq-sample-{Guid.NewGuid():N}");

        (await RunAsync("sample", "--rows", "500", "--seed", "42", "--out", first)).ExitCode.ShouldBe(0);
        (await RunAsync("sample", "--rows", "500", "--seed", "42", "--out", second)).ExitCode.ShouldBe(0);

        File.ReadAllText(Path.Combine(first, "placements.csv")).ShouldBe(File.ReadAllText(Path.Combine(second, "placements.csv")));
        File.ReadAllLines(Path.Combine(first, "placements.csv")).Length.ShouldBe(501);
        var (exitCode, _, error) = await RunAsync("score", "--standards", Path.Combine(first, "standards.json"),
            "--living-wage", Path.Combine(first, "living_wage.csv"), "--placements", Path.Combine(first, "placements.csv"), "--summary-only", "--by", "race_ethnicity");
        exitCode.ShouldBe(0, error);
    }
}
