using JobQuality.Core.Organizations;
using JobQuality.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Integration.Tests.Infrastructure;

/// <summary>Base for tests against the app: a clean database and a fresh clock reading before each test.</summary>
[Collection(AppCollection.Name)]
public abstract class AppTest(AppFactory app) : IAsyncLifetime
{
    protected AppFactory App { get; } = app;
    protected TestData Data { get; } = new(app);

    public Task InitializeAsync() => App.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected Browser NewBrowser() => new(App);

    /// <summary>Writes through a context from the app's own factory, so the history interceptor records what the test writes.</summary>
    protected async Task WriteAsync(Func<AppDbContext, Task> write)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await write(db);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Someone of the "north" board, signed in with the given role, and a plan of that board (a partner is added to it).
    /// </summary>
    protected async Task<(Browser Browser, Guid PlanId)> SignedInWithAPlanAsync(OrganizationRole role = OrganizationRole.Staff)
    {
        var board = await Data.OrganizationAsync("north");
        var user = await Data.UserAsync("someone@north.test", board, role);
        var plan = await Data.PlanAsync(board, "North plan", role == OrganizationRole.Partner ? [user] : []);
        var browser = NewBrowser();
        await browser.SignInOrFailAsync("someone@north.test");
        return (browser, plan.Id);
    }
}
