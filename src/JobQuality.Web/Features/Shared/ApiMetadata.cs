using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace JobQuality.Web.Features.Shared;

/// <summary>
/// What the OpenAPI document (<c>/openapi/v1.json</c>) says about an endpoint, in one short chain per endpoint. Metadata
/// only: none of these change how a request is handled. The statuses are those of <see cref="OutcomeResults.ToHttpResult{T}"/>:
/// every endpoint answers 404 for what the caller may not see; <see cref="OrForbidden"/>, <see cref="OrInvalid"/> and
/// <see cref="OrConflict{T}"/> add 403, 400 and 409 where the handler can return them. The feature's tag comes from its
/// group (<c>ApiRegistration</c>); 401, the bearer token requirement and the 400/415 of request bodies are added to every
/// operation by <c>ApiDocumentation</c>.
/// </summary>
/// <example><code>
/// api.MapPut("/plans/{planId:guid}", …).Edits&lt;PlanSummary&gt;("Update a plan's details").OrConflict&lt;PlanSummary&gt;();
/// </code></example>
public static class ApiMetadata
{
    /// <summary>Answers <typeparamref name="T"/> (200, or <paramref name="status"/>), or 404.</summary>
    public static RouteHandlerBuilder Answers<T>(this RouteHandlerBuilder endpoint, string summary, int status = StatusCodes.Status200OK) =>
        endpoint.WithSummary(summary).Produces<T>(status).Produces(StatusCodes.Status404NotFound);

    /// <summary>A change: <see cref="Answers{T}"/>, or 403 when the caller may see but not change it, or 400 with field errors.</summary>
    public static RouteHandlerBuilder Edits<T>(this RouteHandlerBuilder endpoint, string summary, int status = StatusCodes.Status200OK) =>
        endpoint.Answers<T>(summary, status).OrForbidden().OrInvalid();

    /// <summary>403: the caller may see this but not change it (a problem in JSON when called with a token).</summary>
    public static RouteHandlerBuilder OrForbidden(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>400 with the problems by field (a validation problem).</summary>
    public static RouteHandlerBuilder OrInvalid(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesValidationProblem();

    /// <summary>409: the version sent is not the stored one; the answer is the current record, with its version.</summary>
    public static RouteHandlerBuilder OrConflict<T>(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces<T>(StatusCodes.Status409Conflict);

    /// <summary>429: the caller is doing this too often; the problem's <c>detail</c> says when to try again.</summary>
    public static RouteHandlerBuilder OrTooMany(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesValidationProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>
    /// Documents a request body the handler reads itself (from <see cref="HttpRequest.Body"/>). Unlike <c>Accepts</c>, it
    /// adds no content-type rule to routing, so the endpoint keeps answering as it does (for example 404 before 415).
    /// </summary>
    public static RouteHandlerBuilder TakesBody(this RouteHandlerBuilder endpoint, string description, JsonSchemaType type, params string[] contentTypes) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = description,
                Content = contentTypes.ToDictionary(c => c, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = type } }),
            };
            operation.Responses ??= [];
            operation.Responses.TryAdd("415", new OpenApiResponse { Description = $"The body is not sent as {string.Join(" or ", contentTypes)}." });
            return Task.CompletedTask;
        });
}
