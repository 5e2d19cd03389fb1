using System.Diagnostics;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using JobQuality.Data;
using JobQuality.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace JobQuality.E2E.Tests.Infrastructure;

/// <summary>
/// The built web app as a real process on its own database (Development: migrated and seeded with the demo
/// board), and one headless Chromium, shared by every end-to-end test of a run.
/// </summary>
public sealed class RunningApp : IAsyncLifetime
{
    private readonly StringBuilder _output = new();
    private TestDatabase? _database;
    private Process? _process;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Screenshots for people to look at, beside the test results.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        StartApp(port);
        // Chromium starts while the app migrates and seeds its database.
        var ready = WaitUntilReadyAsync();
        var browser = LaunchBrowserAsync();
        try
        {
            await Task.WhenAll(ready, browser);
            Browser = await browser;
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    private async Task<IBrowser> LaunchBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("JOBQUALITY_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        });
    }

    /// <summary>The app's database, for a test to arrange data the demo seed does not have.</summary>
    public AppDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(_database!.ConnectionString).Options);

    private void StartApp(int port)
    {
        var webProject = Path.Combine(RepositoryRoot(), "src", "JobQuality.Web");
        var configuration = typeof(RunningApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(webProject, "bin", configuration, "net10.0", "JobQuality.Web.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"Build the solution first: {dll} does not exist.");

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseUrl);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Default"] = _database!.ConnectionString;
        _process = Process.Start(start) ?? throw new InvalidOperationException("The web app did not start.");
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited) break;
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        string output;
        lock (_output) output = _output.ToString();
        throw new InvalidOperationException($"The web app did not become ready at {BaseUrl}. Its output:\n{output}");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "JobQuality.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Cannot find JobQuality.sln above the test output.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        Browser = default!;
        _playwright?.Dispose();
        _playwright = null;
        if (_process is { HasExited: true })
        {
            lock (_output) _output.AppendLine($"The app exited with code {_process.ExitCode} before the tests ended.");
        }
        else if (_process is not null)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
        // The app's log beside the test results, for finding out why a test failed (or why the app stopped).
        string output;
        lock (_output) output = _output.ToString();
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "app-output.log"), output);
        if (_database is not null) await _database.DisposeAsync();
        _database = null;
    }
}

[CollectionDefinition(Name)]
public sealed class RunningAppCollection : ICollectionFixture<RunningApp>
{
    public const string Name = "Running app in Chromium";
}
