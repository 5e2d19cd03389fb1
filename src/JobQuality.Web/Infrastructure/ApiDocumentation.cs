using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace JobQuality.Web.Infrastructure;

/// <summary>
/// The OpenAPI document of the REST API, served at <see cref="DocumentPath"/> in every environment (it describes the
/// API for integrators and holds no data), and the interactive docs (NSwag's Swagger UI) at <see cref="DocsPath"/> in
/// Development only. Only routes under <c>/api</c> are described: pages, sign-in and sign-out, health checks and static
/// files are not part of the API.
/// </summary>
public static class ApiDocumentation
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string DocsPath = ApiRegistration.Prefix + "/docs";
    public const string TokenSchemeName = "PersonalAccessToken";

    private const string Description = """
        The REST API of JobQuality: the same use cases, rules and access checks as the pages.

        **Authentication.** Make a personal access token on the **API tokens** page (user menu → API tokens,
        `/account/tokens`), copy it (it is shown only once) and send it with every call as
        `Authorization: Bearer jq_…`. A token acts as you: it sees and changes exactly what you can, and works only
        under `/api`. A missing, revoked or expired token, or one whose account is disabled, gets `401` with a problem
        in JSON. From a browser where you are signed in, the session cookie works too.

        **Conventions.**
        - Anything you may not see answers `404` (never `403`, which would confirm it exists); `403` means you may see
          it but not change it (your role, or an archived plan).
        - Records several people edit carry a `version`: send the one you read. If someone saved first the answer is
          `409` with the current record, and nothing is overwritten. `DELETE` takes it as `?version=`.
        - Writes take `application/json`, or `text/csv` for file imports, so a form on another site cannot send one.
        - Problems are `application/problem+json`; broken field rules answer `400` with the messages by field in `errors`.
        """;

    public static IServiceCollection AddJobQualityApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => IsApi(description.RelativePath);
            options.CreateSchemaReferenceId = SchemaId;
            options.AddSchemaTransformer(NumbersAsNumbers);
            options.AddOperationTransformer(DescribeAccess);
            options.AddDocumentTransformer(DescribeDocument);
        }).AddOutputCache();

    /// <summary>
    /// The document, anonymous: it describes the API, not anyone's data. It is built on each request (about 50 ms), so
    /// anonymous requests get a copy kept for a day: the API only changes with a new deployment, which starts empty.
    /// </summary>
    public static void MapJobQualityOpenApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous().CacheOutput(cache => cache.Expire(TimeSpan.FromDays(1)));

    /// <summary>Swagger UI on the document, in Development only (elsewhere the path answers 404 like any unknown API route).</summary>
    public static void UseInteractiveApiDocsInDevelopment(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) return;
        app.UseSwaggerUi(settings =>
        {
            settings.Path = DocsPath;
            settings.DocumentPath = DocumentPath;
            settings.DocumentTitle = "JobQuality API";
            settings.DocExpansion = "list";
            // A pasted token stays in the page only, never in the browser's storage.
            settings.PersistAuthorization = false;
        });
    }

    internal static bool IsApi(string? relativePath) =>
        relativePath is not null && ("/" + relativePath).StartsWith(ApiRegistration.Prefix + "/", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Nested types are named with their use case (<c>ListPlans.Result</c> is <c>ListPlansResult</c>,
    /// <c>TeamEndpoints.MemberBody</c> is <c>TeamMemberBody</c>): many use cases have a <c>Result</c> or a <c>Body</c>.
    /// </summary>
    private static string? SchemaId(System.Text.Json.Serialization.Metadata.JsonTypeInfo type)
    {
        var id = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        if (id is null || type.Type.DeclaringType is not { } owner) return id;
        const string endpoints = "Endpoints";
        var prefix = owner.Name.EndsWith(endpoints, StringComparison.Ordinal) ? owner.Name[..^endpoints.Length] : owner.Name;
        return id.StartsWith(prefix, StringComparison.Ordinal) ? id : prefix + id;
    }

    /// <summary>
    /// Numbers are written as JSON numbers. The web defaults also read numbers sent as strings, which the generated
    /// schema shows as "integer or string" with a digits pattern; the document shows the form the API writes.
    /// </summary>
    private static Task NumbersAsNumbers(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (schema.Type is { } type && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        return Task.CompletedTask;
    }

    /// <summary>Signed-in routes: the bearer token requirement and 401; reads of a body or required parameter: 400 and 415.</summary>
    private static Task DescribeAccess(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        operation.Responses ??= [];
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security ??= [];
            // The scheme is added to the document first, so the reference resolves (operations are built before document transformers run).
            var document = context.Document is { } host ? AddTokenScheme(host) : null;
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(TokenSchemeName, document)] = [] });
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid token or session: send `Authorization: Bearer jq_…` (a problem in JSON)." });
        }
        var requiredParameter = operation.Parameters?.Any(p => p.Required && p.In != ParameterLocation.Path) == true;
        if (operation.RequestBody is not null || requiredParameter)
        {
            operation.Responses.TryAdd("400", new OpenApiResponse { Description = "A required parameter is missing, or the body or a parameter cannot be read." });
        }
        if (operation.RequestBody?.Content is { Count: > 0 } content)
        {
            operation.Responses.TryAdd("415", new OpenApiResponse { Description = $"The body is not sent as {string.Join(" or ", content.Keys)}." });
        }
        return Task.CompletedTask;
    }

    private static Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info = new OpenApiInfo { Title = "JobQuality API", Version = DocumentName, Description = Description };
        // No server URLs: clients use the address they read the document from (the one seen here may be a proxy's).
        document.Servers = [];
        AddTokenScheme(document);

        // The features in journey order, each with what it holds; a tag without a description (a new feature) keeps its place at the end.
        var used = document.Tags?.ToList() ?? [];
        document.Tags = new HashSet<OpenApiTag>(
            ApiTags.All.Where(t => used.Any(u => u.Name == t.Name)).Select(t => new OpenApiTag { Name = t.Name, Description = t.Description })
                .Concat(used.Where(u => ApiTags.All.All(t => t.Name != u.Name))));

        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.Responses is not { } responses) continue;
            foreach (var (status, response) in responses)
            {
                if (response is OpenApiResponse plain && int.TryParse(status, out var code)
                    && plain.Description == ReasonPhrases.GetReasonPhrase(code) && ResponseDescriptions.TryGetValue(code, out var description))
                {
                    plain.Description = description;
                }
            }
            // Listed by status code, success first.
            var sorted = responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            responses.Clear();
            foreach (var (status, response) in sorted) responses.Add(status, response);
        }
        return Task.CompletedTask;
    }

    /// <summary>What the statuses mean in this API, in place of the bare reason phrases.</summary>
    private static readonly Dictionary<int, string> ResponseDescriptions = new()
    {
        [StatusCodes.Status400BadRequest] = "Not valid: the problems are in `errors` (by field, or by row and column for a file).",
        [StatusCodes.Status403Forbidden] = "You may see this but not change it (your role, an archived plan, a published version).",
        [StatusCodes.Status404NotFound] = "Not found, or not visible to you.",
        [StatusCodes.Status409Conflict] = "Someone saved first: the current record, with its `version`. Nothing was changed.",
        [StatusCodes.Status415UnsupportedMediaType] = "The body is not sent with the content type this operation takes.",
    };

    private static OpenApiDocument AddTokenScheme(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes.TryAdd(TokenSchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "jq_…",
            Description = "A personal access token made on the API tokens page (`/account/tokens`), sent as `Authorization: Bearer jq_…`.",
        });
        return document;
    }
}
