using JobQuality.Data;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>
    /// In Development only: apply migrations and load the demo organization. Elsewhere the schema is
    /// changed deliberately with <c>jobquality migrate</c>, never as a side effect of starting a web node.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) return;

        await using var scope = app.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        if (app.Configuration.GetValue<bool>("JobQuality:SeedDemoData"))
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
        }
    }
}
