using Microsoft.Playwright;

namespace JobQuality.E2E.Tests.Infrastructure;

/// <summary>
/// A test that drives the shared app in the shared browser. Each test gets its own browser contexts (own cookies,
/// own circuit), closed when the test ends so finished tests do not keep circuits open on the server.
/// Derived classes join <see cref="RunningAppCollection"/> with <c>[Collection(RunningAppCollection.Name)]</c>.
/// </summary>
public abstract class BrowserTest(RunningApp app) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected RunningApp App { get; } = app;

    /// <summary>A fresh browser context with one page, at desktop size.</summary>
    protected async Task<IPage> NewPageAsync()
    {
        var context = await App.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl,
            ViewportSize = new() { Width = 1280, Height = 860 },
        });
        context.SetDefaultTimeout(20_000);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
    }
}
