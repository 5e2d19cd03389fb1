using System.Globalization;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace JobQuality.Web.Features.LivingWage;

public static class LivingWageEndpoints
{
    /// <summary>One page of a table's rates, by county.</summary>
    public sealed record TablePage(
        LivingWageTableSummary Table, IReadOnlyList<string> HouseholdTypes, IReadOnlyList<GetLivingWageTable.CountyWages> Counties,
        int TotalCounties, int Page, int PageSize, int PageCount);

    public static void MapLivingWageEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/orgs/{slug}/living-wage");

        group.MapGet("", async (string slug, ListLivingWageTables.Handler handler, CancellationToken ct) =>
        {
            var outcome = await handler.HandleAsync(slug, ct);
            return outcome.IsOk ? TypedResults.Ok(outcome.Value!.Tables) : outcome.ToHttpResult();
        })
            .Answers<IReadOnlyList<LivingWageTableSummary>>("List an organization's living wage tables, newest figures first");

        group.MapGet("/{tableId:guid}", async (string slug, Guid tableId, string? county, int? page, int? pageSize,
            GetLivingWageTable.Handler handler, CancellationToken ct) =>
        {
            var outcome = await handler.HandleAsync(
                new GetLivingWageTable.Query(slug, tableId, county, page ?? 1, pageSize ?? GetLivingWageTable.DefaultPageSize), ct);
            return outcome.Value is { } found && outcome.IsOk
                ? TypedResults.Ok(new TablePage(
                    found.Table, found.HouseholdTypes, found.Counties, found.TotalCounties, found.Page, found.PageSize, found.PageCount))
                : outcome.ToHttpResult();
        })
            .Answers<TablePage>("Read a table's rates by county, a page at a time (?county= filters by FIPS prefix; page 1 first)");

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
        })
            .Answers<LivingWageTableSummary>("Import a living wage table (all or nothing)", StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .TakesBody("The table as CSV: county_fips, household_type, hourly_wage (docs/scoring.md), up to 5 MB.", JsonSchemaType.String, "text/csv", "application/csv");
    }

    private static bool IsCsv(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && (mediaType.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)
            || mediaType.MediaType.Equals("application/csv", StringComparison.OrdinalIgnoreCase));
}
