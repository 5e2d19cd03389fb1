using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace JobQuality.Web.Infrastructure;

public static class HealthChecks
{
    public const string ReadyTag = "ready";

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: it can also reach PostgreSQL.</summary>
    public static void MapJobQualityHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) })
            .AllowAnonymous();
    }
}
