using Serilog.Context;

namespace JobQuality.Web.Infrastructure;

/// <summary>
/// Gives every request one id that appears in each log line, in a response header and on the error page,
/// so a user can quote it and support can find the matching log entries.
/// </summary>
public static class CorrelationIdMiddleware
{
    public const string LogProperty = "CorrelationId";
    public const string Header = "X-Correlation-Id";

    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.Headers[Header] = context.TraceIdentifier;
        using (LogContext.PushProperty(LogProperty, context.TraceIdentifier))
        {
            await next(context);
        }
    });
}
