using JobQuality.Cli;
using JobQuality.Core.Organizations;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Cli;

/// <summary>The administration commands, run in-process against the test database as an operator would.</summary>
public sealed class AdminCommandTests(AppFactory app) : AppTest(app), IDisposable
{
    private readonly string? _previousConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Default");
    private readonly TextReader _previousInput = Console.In;

    [Fact]
    public async Task OrgsUsersAndPlans_SetUpABoardWithAPartnerOnAPlan()
    {
        UseTestDatabase();

        (await RunAsync("orgs", "add", "--slug", "lake-wdb", "--name", "Lake Workforce Board")).ShouldBe(0, string.Join("\n", TestContextOutput));
        (await RunWithInputAsync("lake partner passphrase", "users", "add", "--email", "pat@lake.test", "--name", "Pat Lake",
            "--org", "lake-wdb", "--role", "Partner", "--password-stdin")).ShouldBe(0);
        await using (var setup = App.NewDbContext())
        {
            var organization = await setup.Organizations.SingleAsync();
            await Data.PlanAsync(organization, "Lake plan");
        }
        await using var db = App.NewDbContext();
        var plan = await db.Plans.SingleAsync();
        (await RunAsync("plans", "add-member", "--plan", plan.Id.ToString(), "--email", "pat@lake.test")).ShouldBe(0);

        var membership = await db.OrganizationMemberships.SingleAsync();
        membership.Role.ShouldBe(OrganizationRole.Partner);
        membership.CreatedBy.ShouldBe("cli");
        (await db.PlanMembers.SingleAsync()).UserId.ShouldBe(membership.UserId);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("pat@lake.test", "lake partner passphrase");
    }

    [Fact]
    public async Task UsersAdd_WithACommonPassword_FailsAndCreatesNothing()
    {
        UseTestDatabase();
        await RunAsync("orgs", "add", "--slug", "lake-wdb", "--name", "Lake Workforce Board");

        var exitCode = await RunWithInputAsync("password1234", "users", "add", "--email", "pat@lake.test", "--name", "Pat",
            "--org", "lake-wdb", "--role", "Staff", "--password-stdin");

        exitCode.ShouldBe(1);
        await using var db = App.NewDbContext();
        (await db.Users.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task OrgsAdd_WithAnInvalidSlug_FailsWithExitCode1()
    {
        UseTestDatabase();

        (await RunAsync("orgs", "add", "--slug", "Not A Slug", "--name", "Board")).ShouldBe(1);

        await using var db = App.NewDbContext();
        (await db.Organizations.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AnyCommand_WithoutADatabaseConfigured_FailsWithExitCode1()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Default", null);

        (await RunAsync("migrate")).ShouldBe(1);
    }

    private void UseTestDatabase() => Environment.SetEnvironmentVariable("ConnectionStrings__Default", App.ConnectionString);

    private static async Task<int> RunAsync(params string[] args)
    {
        var errors = new StringWriter();
        var previous = Console.Error;
        Console.SetError(errors);
        try
        {
            var exitCode = await JobQualityCommandLine.RunAsync(args);
            if (exitCode != 0) TestContextOutput.Add($"jobquality {string.Join(' ', args)} -> {exitCode}: {errors}");
            return exitCode;
        }
        finally
        {
            Console.SetError(previous);
        }
    }

    private static readonly List<string> TestContextOutput = [];

    private static Task<int> RunWithInputAsync(string stdin, params string[] args)
    {
        Console.SetIn(new StringReader(stdin + Environment.NewLine));
        return RunAsync(args);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Default", _previousConnectionString);
        Console.SetIn(_previousInput);
    }
}
