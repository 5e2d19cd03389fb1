using Npgsql;
using Testcontainers.PostgreSql;

namespace JobQuality.TestSupport;

/// <summary>
/// The PostgreSQL server the tests use: the one named by <c>JOBQUALITY_TEST_POSTGRES</c> (scripts/test.sh starts one),
/// otherwise a Testcontainers container where a Docker engine exists. One per test run.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "JOBQUALITY_TEST_POSTGRES";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _serverConnectionString;
    private static PostgreSqlContainer? _container;

    public static async Task<string> ServerConnectionStringAsync()
    {
        if (_serverConnectionString is not null) return _serverConnectionString;
        await Gate.WaitAsync();
        try
        {
            if (_serverConnectionString is not null) return _serverConnectionString;
            var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                _serverConnectionString = fromEnvironment;
                return _serverConnectionString;
            }
            try
            {
                _container = new PostgreSqlBuilder("postgres:17-alpine").Build();
                await _container.StartAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => _container.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException(
                    $"No PostgreSQL for the tests: set {EnvironmentVariable} to a server connection string " +
                    "(scripts/test.sh does this for you), or run where a Docker engine is available for Testcontainers.", ex);
            }
            _serverConnectionString = _container.GetConnectionString();
            return _serverConnectionString;
        }
        finally
        {
            Gate.Release();
        }
    }
}

/// <summary>A fresh, empty database for one test class, dropped when the class is done.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private TestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = await TestPostgres.ServerConnectionStringAsync();
        var database = new TestDatabase(server, $"jobquality_test_{Guid.NewGuid():N}");
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
