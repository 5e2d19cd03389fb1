using System.Net;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobQuality.Integration.Tests.Features.Operations;

public sealed class ErrorPageTests(AppFactory app) : AppTest(app)
{
    [Fact]
    public async Task UnexpectedError_ShowsTheErrorPage_WithTheSameReferenceAsTheLog()
    {
        await using var failing = App.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IStartupFilter>(new ThrowingPathFilter())));
        using var client = failing.CreateClient();

        var response = await client.GetAsync("/boom");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("Something went wrong");
        var reference = response.Headers.GetValues("X-Correlation-Id").Single();
        page.ShouldContain(reference);
        App.Logs.ShouldContain(l => l.Level == LogLevel.Error && l.Message.Contains("/boom"));
    }

    /// <summary>Adds a path that fails, after the app's own error handling, as a bug in a page would.</summary>
    private sealed class ThrowingPathFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/boom", branch => branch.Run(_ => throw new InvalidOperationException("A deliberate failure for the test")));
        };
    }
}
