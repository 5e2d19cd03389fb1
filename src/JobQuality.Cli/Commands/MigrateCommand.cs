using System.CommandLine;
using JobQuality.Cli.Admin;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Cli.Commands;

/// <summary><c>jobquality migrate</c>: brings the database schema up to date (the deployment step before starting the app).</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply pending database migrations.");
        command.SetAdminAction(async (_, _, db, ct) =>
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count == 0)
            {
                Console.WriteLine("The database is up to date.");
                return;
            }
            await db.Database.MigrateAsync(ct);
            Console.WriteLine($"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        });
        return command;
    }
}
