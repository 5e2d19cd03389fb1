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
}
