using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace JobQuality.Integration.Tests.Data;

/// <summary>
/// The migration that adds the baseline roll-up fills it from results scored before it existed: a board that upgrades
/// sees the same dashboard as after its next scoring run.
/// </summary>
public sealed class BaselineRollupMigrationTests(AppFactory app) : AppTest(app)
{
    private const string RollupRows = """
        SELECT "OrganizationId", "Breakdown", "Group", "PlacementDate", "Program", "CountyFips", "FirstSequence", "Placements",
               "Quality", "NotQuality", array_to_string("PrincipleCounts", ',')
        FROM "BaselineRollups" ORDER BY 1, 2, 3, 4, 5, 6
        """;

    [Fact]
    public async Task TheMigration_RollsUpExistingResults_ExactlyAsScoringDoes()
    {
        var board = await Data.OrganizationAsync("north");
        await new BaselineData(App).ScoredAsync(board, ScoringFiles.Placements().TrimEnd('\n').Split('\n'));
        await using var db = App.NewDbContext();
        var script = db.GetService<IMigrator>().GenerateScript("PlacementRowHash", "BaselineRollups", MigrationsSqlGenerationOptions.NoTransactions);

        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        var writtenByScoring = await RowsAsync(connection, null);
        // Replay the migration on the same results, and roll back so the shared test database keeps its schema.
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, transaction, """
            DROP TABLE "BaselineRollups";
            DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" LIKE '%\_BaselineRollups';
            """);
        await ExecuteAsync(connection, transaction, script);
        var writtenByMigration = await RowsAsync(connection, transaction);
        await transaction.RollbackAsync();

        writtenByScoring.Count.ShouldBeGreaterThan(ScoringFiles.AllBreakdowns.Count);
        writtenByMigration.ShouldBe(writtenByScoring);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> RowsAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        await using var command = new NpgsqlCommand(RollupRows, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString())));
        }
        return rows;
    }
}
