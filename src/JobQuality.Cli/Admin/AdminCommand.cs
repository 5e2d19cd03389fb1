using System.CommandLine;
using JobQuality.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JobQuality.Cli.Admin;

/// <summary>Runs an administration command against the database and turns failures into a message and exit code 1.</summary>
internal static class AdminCommand
{
    public static void SetAdminAction(this Command command, Func<ParseResult, IServiceProvider, AppDbContext, CancellationToken, Task> action) =>
        command.SetAdminAction(async (parseResult, services, db, ct) =>
        {
            await action(parseResult, services, db, ct);
            return 0;
        });

    /// <summary>As above, for a command that chooses its own exit code (e.g. 2 for errors in an input file).</summary>
    public static void SetAdminAction(this Command command, Func<ParseResult, IServiceProvider, AppDbContext, CancellationToken, Task<int>> action) =>
        command.SetAction((parseResult, ct) => RunAsync((services, db, token) => action(parseResult, services, db, token), ct));

    /// <summary>Runs <paramref name="action"/> with the database, for commands that first check their input files.</summary>
    public static Task<int> RunAsync(Func<IServiceProvider, AppDbContext, CancellationToken, Task> action, CancellationToken ct) =>
        RunAsync(async (services, db, token) =>
        {
            await action(services, db, token);
            return 0;
        }, ct);

    /// <summary>Runs <paramref name="action"/> with the database and returns its exit code; database and CLI errors exit 1.</summary>
    public static async Task<int> RunAsync(Func<IServiceProvider, AppDbContext, CancellationToken, Task<int>> action, CancellationToken ct)
    {
        try
        {
            await using var services = CliServices.Build();
            await using var scope = services.CreateAsyncScope();
            var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
            await using var db = await factory.CreateDbContextAsync(ct);
            return await action(scope.ServiceProvider, db, ct);
        }
        catch (CliException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
        catch (NpgsqlException ex)
        {
            await Console.Error.WriteLineAsync($"error: cannot reach the database: {ex.Message}");
            return 1;
        }
    }
}
