using System.Text.Json.Nodes;
using JobQuality.Web.Features.Shared;
using Microsoft.OpenApi;

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
            (await handler.HandleAsync(slug, ct)).ToHttpResult())
            .Answers<ListStandardsVersions.Result>("List the versions of an organization's standards");

        standards.MapGet("/current", async (string slug, ExportStandards.Handler handler, CancellationToken ct) =>
            AsJson(await handler.HandleAsync(slug, null, ct), download: false))
            .Answers<JsonObject>("Read the published standards, in the JSON of the scoring contract");

        standards.MapGet("/{number:int}", async (string slug, int number, bool? download, ExportStandards.Handler handler, CancellationToken ct) =>
            AsJson(await handler.HandleAsync(slug, number, ct), download == true))
            .Answers<JsonObject>("Read one version's JSON (?download=true sends it as a file)");

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
        })
            .Edits<StandardsVersionView>("Create the next version from valid standards (?publish=true publishes it at once)", StatusCodes.Status201Created)
            .TakesBody("The standards, in the JSON of the scoring contract (SCORING.md).", JsonSchemaType.Object, "application/json");

        // The page's own steps, for scripts too: save a draft (its text and living wage table) from a version, and publish a draft.
        standards.MapPut("/{number:int}/draft", async (string slug, int number, DraftBody body, SaveDraft.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SaveDraft.Command(slug, number, body.Version, body.Document ?? "", body.LivingWageTableId), ct)).ToHttpResult())
            .Edits<StandardsVersionView>("Save a draft's JSON (it may be incomplete, but must be one JSON object) and its living wage table (none: the newest)")
            .OrConflict<StandardsVersionView>();

        standards.MapPost("/{number:int}/publish", async (string slug, int number, PublishBody body, PublishStandards.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new PublishStandards.Command(slug, number, body.Version), ct)).ToHttpResult())
            .Edits<StandardsVersionView>("Publish a draft without problems, retiring the version in force (directors and administrators)")
            .OrConflict<StandardsVersionView>();

        standards.MapPost("/sample", async (string slug, CreateDraft.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new CreateDraft.Command(slug, DraftSource.Sample), ct)).ToHttpResult())
            .Answers<StandardsVersionView>("Create a draft from the sample standards");

        standards.MapPost("/{number:int}/copy", async (string slug, int number, CreateDraft.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new CreateDraft.Command(slug, DraftSource.Copy, CopyOf: number), ct)).ToHttpResult())
            .Answers<StandardsVersionView>("Create a draft from a copy of a version (the way to change published standards)");
    }

    private static IResult AsJson(Outcome<ExportStandards.File> outcome, bool download) => outcome.Value is { } file
        ? download
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(file.Json), "application/json", file.FileName)
            : TypedResults.Text(file.Json, "application/json", System.Text.Encoding.UTF8)
        : outcome.ToHttpResult();
}
