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
        command.SetAction(async (parseResult, ct) =>
        {
            try
            {
                await using var services = CliServices.Build();
                await using var scope = services.CreateAsyncScope();
                var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
                await using var db = await factory.CreateDbContextAsync(ct);
                return await action(parseResult, scope.ServiceProvider, db, ct);
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
        });
}
