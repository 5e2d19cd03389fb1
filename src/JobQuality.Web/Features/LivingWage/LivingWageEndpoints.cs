using System.Globalization;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace JobQuality.Web.Features.LivingWage;

public static class LivingWageEndpoints
{
    public static void MapLivingWageEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/orgs/{slug}/living-wage");

        group.MapGet("", async (string slug, ListLivingWageTables.Handler handler, CancellationToken ct) =>
        {
            var outcome = await handler.HandleAsync(slug, ct);
            return outcome.IsOk ? TypedResults.Ok(outcome.Value!.Tables) : outcome.ToHttpResult();
        });

        group.MapGet("/{tableId:guid}", async (string slug, Guid tableId, string? county, int? page, int? pageSize,
            GetLivingWageTable.Handler handler, CancellationToken ct) =>
        {
            var outcome = await handler.HandleAsync(
                new GetLivingWageTable.Query(slug, tableId, county, page ?? 1, pageSize ?? GetLivingWageTable.DefaultPageSize), ct);
            return outcome.IsOk
                ? TypedResults.Ok(new
                {
                    outcome.Value!.Table,
                    outcome.Value.HouseholdTypes,
                    outcome.Value.Counties,
                    outcome.Value.TotalCounties,
                    outcome.Value.Page,
                    outcome.Value.PageSize,
                    outcome.Value.PageCount,
                })
                : outcome.ToHttpResult();
        });

        // The file is the request body as text/csv. A cross-site form cannot send that content type (as with the
        // JSON-only writes elsewhere), so the session cookie cannot be used to import a table from another site.
        group.MapPost("", async (string slug, string? source, string? vintage, string? fileName, HttpRequest request,
            ImportLivingWageTable.Handler handler, IDbContextFactory<AppDbContext> dbFactory, AccessControl access, CancellationToken ct) =>
        {
            if (!IsCsv(request.ContentType))
            {
                // An organization the caller may not see stays "not found", whatever was sent.
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                if (await LivingWageTables.FindOrganizationAsync(access, db, slug, ct) is null) return TypedResults.NotFound();
                return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                    title: "Send the living wage table as the request body with Content-Type: text/csv.");
            }
            var year = int.TryParse(vintage, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            var outcome = await handler.HandleAsync(
                new ImportLivingWageTable.Command(slug, source ?? "", year, fileName ?? "living-wage.csv", request.Body), ct);
            if (outcome.IsOk)
            {
                var table = outcome.Value!.Table!;
                return TypedResults.Created($"/api/orgs/{slug}/living-wage/{table.Id}", table);
            }
            if (outcome is { Status: OutcomeStatus.Invalid, Value.FileErrors.Count: > 0 })
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: outcome.FieldErrors[0].Message,
                    extensions: new Dictionary<string, object?> { ["errors"] = outcome.Value.FileErrors });
            }
            return outcome.ToHttpResult();
        });
    }

    private static bool IsCsv(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && (mediaType.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)
            || mediaType.MediaType.Equals("application/csv", StringComparison.OrdinalIgnoreCase));
}
