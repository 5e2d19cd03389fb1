using System.Net;
using System.Text.Json;
using JobQuality.Integration.Tests.Infrastructure;
using JobQuality.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobQuality.Integration.Tests.Features.Operations;

public sealed class OpenApiDocumentTests(AppFactory app) : AppTest(app)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    /// <summary>The document as an anonymous client reads it: no cookie, no token.</summary>
    private async Task<JsonElement> ReadDocumentAsync(WebApplicationFactory<Program>? host = null)
    {
        using var client = (host ?? App).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var response = await client.GetAsync(ApiDocumentation.DocumentPath);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where Methods.Contains(operation.Name)
        select (path.Name, operation.Name, operation.Value);

    private WebApplicationFactory<Program> InEnvironment(string environment) => App.WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("JobQuality:SeedDemoData", "false");
    });

    [Fact]
    public async Task OpenApiDocument_IsServedWithoutSigningIn_AsOpenApi31Json()
    {
        var document = await ReadDocumentAsync();

        document.GetProperty("openapi").GetString().ShouldStartWith("3.1");
        document.GetProperty("info").GetProperty("title").GetString().ShouldBe("JobQuality API");
        var description = document.GetProperty("info").GetProperty("description").GetString() ?? "";
        description.ShouldContain("/account/tokens");
        description.ShouldContain("Authorization: Bearer jq_");
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheStandardsAndPlacementRoutes_BehindTheBearerScheme()
    {
        var document = await ReadDocumentAsync();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty(ApiDocumentation.TokenSchemeName);
        scheme.GetProperty("type").GetString().ShouldBe("http");
        scheme.GetProperty("scheme").GetString().ShouldBe("bearer");
        var operations = Operations(document).ToList();
        var routes = operations.Select(o => $"{o.Method} {o.Path}").ToList();
        routes.ShouldContain("get /api/orgs/{slug}/standards");
        routes.ShouldContain("put /api/orgs/{slug}/standards");
        routes.ShouldContain("post /api/orgs/{slug}/placements");
        foreach (var (path, method, operation) in operations)
        {
            var requirements = operation.GetProperty("security").EnumerateArray().Select(r => r.EnumerateObject().Single().Name).ToList();
            requirements.ShouldBe(new[] { ApiDocumentation.TokenSchemeName }, ignoreOrder: false, customMessage: $"{method} {path}");
            operation.GetProperty("responses").TryGetProperty("401", out _).ShouldBeTrue($"{method} {path} does not document 401");
        }
    }

    [Fact]
    public async Task OpenApiDocument_HasOnlyApiRoutes_EachTaggedWithItsFeature()
    {
        var document = await ReadDocumentAsync();

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldNotBeEmpty();
        paths.ShouldAllBe(p => p.StartsWith("/api/"), "Pages, sign-out, health checks and Blazor's own endpoints are not part of the API.");
        var features = ApiTags.All.Select(t => t.Name).ToList();
        foreach (var (path, method, operation) in Operations(document))
        {
            var tags = operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
            tags.Count.ShouldBe(1, $"{method} {path}");
            features.ShouldContain(tags[0], $"{method} {path} is not tagged with a feature: map it in a group from ApiRegistration.Feature.");
        }
    }

    [Fact]
    public async Task OpenApiDocument_DescribesEditsWithTheirConflictAndProblems()
    {
        var document = await ReadDocumentAsync();

        var update = document.GetProperty("paths").GetProperty("/api/plans/{planId}").GetProperty("put");
        update.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
        var statuses = update.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
        statuses.ShouldBe(new[] { "200", "400", "401", "403", "404", "409", "415" });
        var conflict = update.GetProperty("responses").GetProperty("409").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        conflict.GetProperty("$ref").GetString().ShouldBe("#/components/schemas/PlanSummary");
        var created = document.GetProperty("paths").GetProperty("/api/orgs/{slug}/standards").GetProperty("put").GetProperty("responses");
        created.TryGetProperty("201", out _).ShouldBeTrue();
        created.TryGetProperty("415", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task OpenApiDocument_GivesSameNamedBodiesTheirOwnSchemas()
    {
        var document = await ReadDocumentAsync();

        string BodySchema(string path) => document.GetProperty("paths").GetProperty(path).GetProperty("put").GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        var valueProposition = BodySchema("/api/plans/{planId}/value-proposition");
        var answer = BodySchema("/api/plans/{planId}/answers/{toolKey}/{fieldKey}");
        valueProposition.ShouldNotBe(answer);
        var schemas = document.GetProperty("components").GetProperty("schemas");
        schemas.GetProperty(valueProposition.Split('/')[^1]).GetProperty("properties").TryGetProperty("levers", out _).ShouldBeTrue();
        schemas.GetProperty(answer.Split('/')[^1]).GetProperty("properties").TryGetProperty("text", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task OpenApiDocument_IsServedInProductionToo()
    {
        await using var production = InEnvironment("Production");

        var document = await ReadDocumentAsync(production);

        document.GetProperty("paths").TryGetProperty("/api/orgs/{slug}/placements", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task InteractiveDocs_OpenTheDocument_InDevelopment()
    {
        await using var development = InEnvironment("Development");
        using var client = development.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var redirect = await client.GetAsync(ApiDocumentation.DocsPath);
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var index = redirect.Headers.Location!.OriginalString;
        index.ShouldContain("url=" + ApiDocumentation.DocumentPath);
        var page = await client.GetAsync(index);

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("swagger-ui");
        (await client.GetAsync(ApiDocumentation.DocsPath + "/swagger-ui-bundle.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Testing")]
    public async Task InteractiveDocs_AreNotServed_OutsideDevelopment(string environment)
    {
        await using var host = InEnvironment(environment);
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        (await client.GetAsync(ApiDocumentation.DocsPath)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(ApiDocumentation.DocsPath + "/index.html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
