using JobQuality.Web.Components;
using JobQuality.Web.Features.Account;
using JobQuality.Web.Infrastructure;
using Serilog;

// Logs from the first line, so a failure to start is never silent.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    // Serilog writes the logs; other providers (none by default, a test's capture when hosted by tests) still receive them.
    builder.Logging.ClearProviders();
    builder.Services.AddSerilog(
        (services, logging) => logging.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services),
        writeToProviders: true);

    builder.Services.AddJobQualityWeb(builder.Configuration);

    var app = builder.Build();

    if (!app.Environment.IsDevelopment())
    {
        app.UseHsts();
    }
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    // Pages get a friendly not-found page; the REST API keeps its status codes and problem details.
    app.UseWhen(
        context => !context.Request.Path.StartsWithSegments("/api"),
        pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
    app.UseCorrelationId();
    app.UseSerilogRequestLogging(options => options.EnrichDiagnosticContext = (context, http) =>
        context.Set(CorrelationIdMiddleware.LogProperty, http.TraceIdentifier));

    app.UseInteractiveApiDocsInDevelopment();

    // Routing after the status code pages, so a re-executed request (the not-found page) finds its endpoint.
    app.UseRouting();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseOutputCache();
    app.UseCurrentUserForRequests();
    app.UseAntiforgery();

    app.MapStaticAssets();
    app.MapJobQualityHealthChecks();
    app.MapAccountEndpoints();
    app.MapJobQualityApi();
    app.MapJobQualityOpenApi();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

    await app.PrepareDatabaseAsync();
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "JobQuality stopped because of an unexpected error");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
