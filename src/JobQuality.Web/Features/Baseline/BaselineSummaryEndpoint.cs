using JobQuality.Core.Scoring.Output;
using JobQuality.Data.Baseline;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Baseline;

public static class BaselineSummaryEndpoint
{
    /// <summary>
    /// <c>GET /api/orgs/{slug}/baseline?by=sex&amp;by=age&amp;from=2026-01-01&amp;to=&amp;program=&amp;county=&amp;min_cell=</c>:
    /// <c>{"summary": …}</c> exactly as <c>jobquality score --summary-only</c> writes it, or 409 with the reason when
    /// there is nothing to show (not scored yet, or filters leave a group too small to show).
    /// </summary>
    public static void MapBaselineSummaryEndpoint(this RouteGroupBuilder api) =>
        api.MapGet("/orgs/{slug}/baseline", async (string slug, HttpContext http, DateOnly? from, DateOnly? to, string? program, string? county,
            GetBaselineSummary.Handler handler, CancellationToken ct) =>
        {
            var by = http.Request.Query["by"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
            int? minCell = int.TryParse(http.Request.Query["min_cell"], out var cell) ? cell : null;
            var outcome = await handler.HandleAsync(new GetBaselineSummary.Query(slug, new BaselineFilter(from, to, program, county), by, minCell), ct);
            if (!outcome.IsOk) return outcome.ToHttpResult();
            if (outcome.Value!.Figures is not { } figures) return Results.Problem(outcome.Value.Withheld, statusCode: StatusCodes.Status409Conflict);

            var json = new MemoryStream();
            using (var writer = new ScoreJsonWriter(json, figures.Standards, indented: false))
            {
                writer.WriteSummary(figures.Summary, withPlacements: false);
            }
            return Results.Bytes(json.ToArray(), "application/json");
        })
        .WithSummary("The baseline summary ({\"summary\": …} as jobquality score --summary-only writes it); ?by= (repeatable), from, to, program, county, min_cell")
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .Produces(StatusCodes.Status404NotFound)
        .OrInvalid()
        .ProducesProblem(StatusCodes.Status409Conflict);
}
