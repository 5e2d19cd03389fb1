using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Standards;

/// <summary>
/// The standards of an organization through the API, in the JSON format of SCORING.md: list the versions, read one or the
/// published one, and PUT a file to create a draft (<c>?publish=true</c> publishes it when valid). Problems answer 400
/// with the same lines as <c>jobquality validate</c>. A draft is saved and published through the same steps as the page.
/// </summary>
public static class StandardsEndpoints
{
    /// <param name="LivingWageTableId">The draft's living wage table; left out or null: none chosen (the newest table is used).</param>
    public sealed record DraftBody(uint Version, string? Document, Guid? LivingWageTableId = null);

    public sealed record PublishBody(uint Version);

    public static void MapStandardsEndpoints(this RouteGroupBuilder api)
    {
        var standards = api.MapGroup("/orgs/{slug}/standards");

        standards.MapGet("", async (string slug, ListStandardsVersions.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(slug, ct)).ToHttpResult());

        standards.MapGet("/current", async (string slug, ExportStandards.Handler handler, CancellationToken ct) =>
            AsJson(await handler.HandleAsync(slug, null, ct), download: false));

        standards.MapGet("/{number:int}", async (string slug, int number, bool? download, ExportStandards.Handler handler, CancellationToken ct) =>
            AsJson(await handler.HandleAsync(slug, number, ct), download == true));

        standards.MapPut("", async (string slug, bool? publish, HttpRequest request, CreateDraft.Handler handler, CancellationToken ct) =>
        {
            // Writes take JSON only, so a cross-site form cannot send one.
            if (!request.HasJsonContentType()) return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync(ct);
            var outcome = await handler.HandleAsync(new CreateDraft.Command(slug, DraftSource.Text, text, RequireValid: true, Publish: publish == true), ct);
            return outcome.Value is { } created && outcome.IsOk
                ? TypedResults.Created($"/api/orgs/{slug}/standards/{created.Number}", created)
                : outcome.ToHttpResult();
        });

        // The page's own steps, for scripts too: save a draft (its text and living wage table) from a version, and publish a draft.
        standards.MapPut("/{number:int}/draft", async (string slug, int number, DraftBody body, SaveDraft.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SaveDraft.Command(slug, number, body.Version, body.Document ?? "", body.LivingWageTableId), ct)).ToHttpResult());

        standards.MapPost("/{number:int}/publish", async (string slug, int number, PublishBody body, PublishStandards.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new PublishStandards.Command(slug, number, body.Version), ct)).ToHttpResult());

        standards.MapPost("/sample", async (string slug, CreateDraft.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new CreateDraft.Command(slug, DraftSource.Sample), ct)).ToHttpResult());

        standards.MapPost("/{number:int}/copy", async (string slug, int number, CreateDraft.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new CreateDraft.Command(slug, DraftSource.Copy, CopyOf: number), ct)).ToHttpResult());
    }

    private static IResult AsJson(Outcome<ExportStandards.File> outcome, bool download) => outcome.Value is { } file
        ? download
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(file.Json), "application/json", file.FileName)
            : TypedResults.Text(file.Json, "application/json", System.Text.Encoding.UTF8)
        : outcome.ToHttpResult();
}
