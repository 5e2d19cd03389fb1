using JobQuality.Data;
using JobQuality.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JobQuality.Integration.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_OnAnEmptyDatabase_CreateTheWholeSchema()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(database.ConnectionString).Options);

        await db.Database.MigrateAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var tables = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", connection);
        var names = new List<string>();
        await using (var reader = await tables.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        }
        names.ShouldContain("Organizations");
        names.ShouldContain("OrganizationMemberships");
        names.ShouldContain("Plans");
        names.ShouldContain("PlanMembers");
        names.ShouldContain("AspNetUsers");
    }

    [Fact]
    public void Model_MatchesTheCommittedMigrations()
    {
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql("Host=localhost").Options);

        db.Database.HasPendingModelChanges().ShouldBeFalse("The model changed without a migration: run dotnet ef migrations add.");
    }
}
