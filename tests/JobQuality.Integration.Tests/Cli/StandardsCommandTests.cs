using JobQuality.Cli;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Cli;

/// <summary><c>jobquality standards publish</c>, run in-process against the test database.</summary>
public sealed class StandardsCommandTests(AppFactory app) : AppTest(app), IDisposable
{
    private readonly string? _previousConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Default");
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobquality-cli-standards-");

    [Fact]
    public async Task Publish_StoresANewPublishedVersion_AndRetiresThePreviousOne()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Default", App.ConnectionString);
        await Data.OrganizationAsync("lake-wdb");
        var file = await WriteAsync("standards.json", SampleStandards.Json);

        var (first, firstOutput, _) = await RunAsync("standards", "publish", "--org", "lake-wdb", "--file", file);
        var (second, secondOutput, _) = await RunAsync("standards", "publish", "--org", "lake-wdb", "--file", file);

        first.ShouldBe(0);
        firstOutput.ShouldContain("Published version 1");
        second.ShouldBe(0);
        secondOutput.ShouldContain("Published version 2");
        await using var db = App.NewDbContext();
        var versions = await db.StandardsVersions.OrderBy(s => s.Number).ToListAsync();
        versions.Select(v => v.Status).ShouldBe([StandardsStatus.Retired, StandardsStatus.Published]);
        versions[1].PublishedBy.ShouldBe("cli");
        versions[1].Name.ShouldBe("Sample job quality standards");
    }

    [Fact]
    public async Task Publish_OfInvalidStandards_PrintsTheValidateLines_ExitsWith2_AndStoresNothing()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Default", App.ConnectionString);
        await Data.OrganizationAsync("lake-wdb");
        var file = await WriteAsync("bad.json", """{ "name": "Bad", "principles": [ { "principle": "Earnings", "mode": "Scored", "criteria": [] } ] }""");

        var (exitCode, _, errors) = await RunAsync("standards", "publish", "--org", "lake-wdb", "--file", file);
        var (validateExitCode, _, validateErrors) = await RunAsync("validate", "--standards", file);

        exitCode.ShouldBe(2);
        validateExitCode.ShouldBe(2);
        Lines(errors, file).ShouldBe(Lines(validateErrors, file));
        Lines(errors, file).ShouldContain($"{file}:1:principles: No principle is Required: a quality job is defined by at least one Required principle.");
        await using var db = App.NewDbContext();
        (await db.StandardsVersions.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Publish_ForAnUnknownOrganization_FailsWithExitCode1()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Default", App.ConnectionString);
        var file = await WriteAsync("standards.json", SampleStandards.Json);

        var (exitCode, _, errors) = await RunAsync("standards", "publish", "--org", "nowhere", "--file", file);

        exitCode.ShouldBe(1);
        errors.ShouldContain("nowhere");
    }

    private static List<string> Lines(string output, string file) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.StartsWith(file, StringComparison.Ordinal)).ToList();

    private async Task<string> WriteAsync(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            return (await JobQualityCommandLine.RunAsync(args), output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Default", _previousConnectionString);
        _folder.Delete(recursive: true);
    }
}
