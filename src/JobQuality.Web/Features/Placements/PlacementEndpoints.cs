using JobQuality.Web.Features.Shared;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.OpenApi;

namespace JobQuality.Web.Features.Placements;

public static class PlacementEndpoints
{
    /// <summary>Files up to 250 MB (about a million placements) are streamed to disk, never held in memory whole.</summary>
    public const long MaxUploadBytes = 250L * 1024 * 1024;

    public static void MapPlacementEndpoints(this RouteGroupBuilder api)
    {
        // The CSV is the request body (Content-Type text/csv), streamed straight into the import.
        api.MapPost("/orgs/{slug}/placements", async (
            string slug, string? fileName, Guid? importId, HttpContext http, ImportPlacements.Handler handler, CancellationToken ct) =>
        {
            // Only text/csv, which no cross-site form can send, like the JSON the other writes require.
            if (!(http.Request.ContentType ?? "").StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
            {
                return Results.Problem("Send the placements file as the request body with Content-Type: text/csv.", statusCode: StatusCodes.Status415UnsupportedMediaType);
            }
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxUploadBytes;
            // The upload lands in a temporary file first: a slow connection then never holds a database transaction open,
            // and the reader can read it synchronously on its own thread. The file is deleted when closed.
            await using var upload = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None,
                bufferSize: 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            await http.Request.Body.CopyToAsync(upload, ct);
            upload.Position = 0;
            var outcome = await handler.HandleAsync(new ImportPlacements.Command(slug, upload, fileName, importId), ct);
            return outcome is { IsOk: true, Value.Stored: false }
                ? Results.BadRequest(outcome.Value)
                : outcome.ToHttpResult();
        })
            .Answers<ImportPlacements.Result>("Import placements from CSV, all or nothing (?fileName= names it; the same file again changes nothing); what changed is scored in the background")
            .Produces<ImportPlacements.Result>(StatusCodes.Status400BadRequest)
            .TakesBody("The placements as CSV (the columns of docs/scoring.md), up to 250 MB.", JsonSchemaType.String, "text/csv");

        var imports = api.MapGroup("/orgs/{slug}/placements/imports");
        imports.MapGet("", async (string slug, ListPlacementImports.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(slug, ct)).ToHttpResult())
            .Answers<ListPlacementImports.Result>("The latest uploads, newest first, and how the placements are being scored");
        imports.MapGet("/{importId:guid}", async (string slug, Guid importId, GetPlacementImport.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new GetPlacementImport.Query(slug, importId), ct)).ToHttpResult())
            .Answers<PlacementImportView>("One upload's progress and outcome, with the scoring run it started");
        imports.MapGet("/{importId:guid}/errors", async (string slug, Guid importId, int? skip, int? take, GetImportErrors.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new GetImportErrors.Query(slug, importId, skip ?? 0, take ?? 100), ct)).ToHttpResult())
            .Answers<GetImportErrors.Result>($"The problems of a rejected upload, a page at a time (?skip=&take=, up to {GetImportErrors.MaxPageSize})");
        imports.MapGet("/{importId:guid}/errors.csv", async (string slug, Guid importId, HttpContext http, GetImportErrors.Handler handler, CancellationToken ct) =>
        {
            // Written straight to the response: a rejected million-row file can have millions of problems.
            var found = await handler.WriteCsvAsync(slug, importId, () =>
            {
                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"import-problems-{importId:N}.csv\"";
                return http.Response.Body;
            }, ct);
            return found ? Results.Empty : Results.NotFound();
        }).Answers<string>("Every problem of a rejected upload as CSV (row, column, value, problem)").Produces<string>(contentType: "text/csv");
    }
}
