using System.Collections.Concurrent;
using JobQuality.Data;
using JobQuality.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Respawn;

namespace JobQuality.Integration.Tests.Infrastructure;

/// <summary>
/// The real app on a real PostgreSQL database, created and migrated once per test run. A fake clock lets tests
/// move time forward (session timeouts); captured logs let them check that refused access is logged.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;
    private Respawner? _respawner;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Logs { get; } = new();
    public string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using (var db = NewDbContext())
        {
            await db.Database.MigrateAsync();
        }
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // The cookie keys stay: the running app keeps using the key it wrote at start.
            TablesToIgnore = [new Respawn.Graph.Table("__EFMigrationsHistory"), new Respawn.Graph.Table("DataProtectionKeys")],
        });
    }

    /// <summary>
    /// Empties every table, so each test starts from a clean database. Scoring that the previous test started in the
    /// background (publishing standards, importing) is let finish first: emptying the tables under its transaction
    /// would leave both waiting for each other.
    /// </summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await WaitForBackgroundScoringAsync(connection);
        await _respawner!.ResetAsync(connection);
        Logs.Clear();
    }

    private static async Task WaitForBackgroundScoringAsync(NpgsqlConnection connection)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        await using var unfinished = new NpgsqlCommand("""SELECT count(*) FROM "ScoringRuns" WHERE "Status" IN ('Queued', 'Running')""", connection);
        while ((long)(await unfinished.ExecuteScalarAsync())! > 0)
        {
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException("Scoring started by the previous test did not finish within 60 s.");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    /// <summary>A context outside the app, to set up data and to re-read what the app saved.</summary>
    public AppDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(ConnectionString).Options);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(Logs));
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<(LogLevel, string, string)> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, sink);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<(LogLevel, string, string)> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) sink.Enqueue((logLevel, category, formatter(state, exception)));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFactory>
{
    public const string Name = "App on PostgreSQL";
}
