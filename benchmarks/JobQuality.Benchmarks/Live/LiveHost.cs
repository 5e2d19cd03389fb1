using JobQuality.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Benchmarks.Live;

/// <summary>
/// One app instance as deployed (Production: no demo data, no migrations on start; the scoring worker on), served by
/// Kestrel on a free loopback port so requests go through real sockets, with its own <c>PlanChangeListener</c>
/// connection. Only the log level is lowered (warnings and errors still print). The writing instance carries the
/// <see cref="NotifyCommitProbe"/>.
/// </summary>
internal sealed class LiveHost : WebApplicationFactory<global::Program>
{
    private readonly string _connectionString;
    private readonly NotifyCommitProbe? _probe;

    public LiveHost(string connectionString, NotifyCommitProbe? probe)
    {
        _connectionString = connectionString;
        _probe = probe;
        UseKestrel(0);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Found from JobQuality.sln (the package's own lookup guesses <solution>/JobQuality.Web for a non-test project).
        builder.UseSolutionRelativeContentRoot("src/JobQuality.Web");
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Default", _connectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Its warning that the key ring in PostgreSQL is not encrypted at rest says nothing about latency.
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore.DataProtection", "Error");
        if (_probe is { } probe)
        {
            builder.ConfigureTestServices(services => services.ConfigureDbContext<AppDbContext>((_, options) => options.AddInterceptors(probe.Interceptors)));
        }
    }
}
