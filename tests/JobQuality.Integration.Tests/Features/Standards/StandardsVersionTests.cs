using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using JobQuality.Cli;
using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Standards;

public sealed class StandardsVersionTests(AppFactory app) : AppTest(app)
{
    private const string Api = "/api/orgs/north/standards";

    private const string InvalidStandards = """
        {
          "name": "Not ready",
          "principles": [
            { "principle": "Earnings", "mode": "Sometimes", "criteria": [ { "field": "hourly_wage", "op": "living_wage" } ] },
            { "principle": "Benefits", "mode": "Scored", "criteria": [ { "field": "no_such_field", "op": "=", "value": true } ] }
          ]
        }
        """;

    [Fact]
    public async Task CreateFromSample_StoresDraftOne_HoldingTheSampleStandards()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _b = browser;

        var response = await browser.Client.PostAsync($"{Api}/sample", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = (await response.Content.ReadFromJsonAsync<View>())!;
        view.Number.ShouldBe(1);
        view.Status.ShouldBe("Draft");
        view.Problems.ShouldBeEmpty();
        await using var db = App.NewDbContext();
        var stored = await db.StandardsVersions.SingleAsync();
        stored.Name.ShouldBe("Sample job quality standards");
        stored.Status.ShouldBe(StandardsStatus.Draft);
        stored.CreatedBy.ShouldNotBeNull();
        JsonNode.DeepEquals(JsonNode.Parse(stored.Document), JsonNode.Parse(SampleStandards.Json)).ShouldBeTrue();
    }

    [Fact]
    public async Task SaveDraft_FromAStaleVersion_IsAConflict_AndKeepsTheirText()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _b = browser;
        var draft = await CreateSampleAsync(browser);
        var theirs = SampleStandards.Json.Replace("Sample job quality standards", "Their wording", StringComparison.Ordinal);
        (await browser.Client.PutAsJsonAsync($"{Api}/1/draft", new { draft.Version, document = theirs })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stale = await browser.Client.PutAsJsonAsync($"{Api}/1/draft", new { draft.Version, document = SampleStandards.Json.Replace("Sample job quality standards", "Mine", StringComparison.Ordinal) });

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<View>())!.Name.ShouldBe("Their wording");
        await using var db = App.NewDbContext();
        (await db.StandardsVersions.SingleAsync()).Name.ShouldBe("Their wording");
    }

    [Fact]
    public async Task SaveDraft_ThatIsNotJson_IsRefused_ButAnIncompleteDraftIsKept()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _b = browser;
        var draft = await CreateSampleAsync(browser);

        (await browser.Client.PutAsJsonAsync($"{Api}/1/draft", new { draft.Version, document = "{ \"name\": " })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var saved = await browser.Client.PutAsJsonAsync($"{Api}/1/draft", new { draft.Version, document = InvalidStandards });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await saved.Content.ReadFromJsonAsync<View>())!.Problems.Count.ShouldBe(4);
    }

    [Fact]
    public async Task Publish_RetiresThePreviouslyPublishedVersion()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Director);
        using var _b = browser;
        (await PutAsync(browser, SampleStandards.Json, publish: true)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var second = await CreateSampleAsync(browser);

        var published = await browser.Client.PostAsJsonAsync($"{Api}/{second.Number}/publish", new { second.Version });

        published.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = App.NewDbContext();
        var versions = await db.StandardsVersions.OrderBy(s => s.Number).ToListAsync();
        versions.Select(v => v.Status).ShouldBe([StandardsStatus.Retired, StandardsStatus.Published]);
        versions[1].PublishedAt.ShouldNotBeNull();
        versions[1].PublishedBy.ShouldBe(versions[1].CreatedBy);
        var list = await browser.Client.GetFromJsonAsync<VersionList>(Api);
        list!.CanPublish.ShouldBeTrue();
        list.Versions.Select(v => (v.Number, v.Status)).ShouldBe([(2, "Published"), (1, "Retired")]);
    }

    [Fact]
    public async Task InvalidDraft_CannotBePublished_AndItsMessagesAreTheCommandLines()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Director);
        using var _b = browser;
        var draft = await CreateSampleAsync(browser);
        var saved = await (await browser.Client.PutAsJsonAsync($"{Api}/1/draft", new { draft.Version, document = InvalidStandards })).Content.ReadFromJsonAsync<View>();

        var response = await browser.Client.PostAsJsonAsync($"{Api}/1/publish", new { saved!.Version });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var messages = await MessagesAsync(response);
        messages.Count.ShouldBe(4);
        messages.ShouldAllBe(m => m.StartsWith("north-standards-1.json:", StringComparison.Ordinal));

        // The downloaded file, checked by the command line, gives the very same lines.
        var download = await browser.Client.GetAsync($"{Api}/1?download=true");
        download.Content.Headers.ContentDisposition!.FileName.ShouldBe("north-standards-1.json");
        var folder = Directory.CreateTempSubdirectory("jobquality-standards-");
        try
        {
            var path = Path.Combine(folder.FullName, "north-standards-1.json");
            await File.WriteAllTextAsync(path, await download.Content.ReadAsStringAsync());
            var (exitCode, errors) = await RunCliAsync("validate", "--standards", path);
            exitCode.ShouldBe(2);
            var cliLines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => l.StartsWith(path, StringComparison.Ordinal))
                .Select(l => "north-standards-1.json" + l[path.Length..])
                .Order(StringComparer.Ordinal).ToList();
            cliLines.ShouldBe(messages);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        await using var db = App.NewDbContext();
        (await db.StandardsVersions.SingleAsync()).Status.ShouldBe(StandardsStatus.Draft);
    }

    [Fact]
    public async Task PublishedVersion_IsNeverEdited_ButCanBeCopiedToANewDraft()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Director);
        using var _b = browser;
        var published = (await (await PutAsync(browser, SampleStandards.Json, publish: true)).Content.ReadFromJsonAsync<View>())!;

        var edit = await browser.Client.PutAsJsonAsync($"{Api}/1/draft", new { published.Version, document = InvalidStandards });
        var republish = await browser.Client.PostAsJsonAsync($"{Api}/1/publish", new { published.Version });
        var copy = await browser.Client.PostAsync($"{Api}/1/copy", null);

        edit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        republish.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        copy.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = App.NewDbContext();
        var versions = await db.StandardsVersions.OrderBy(s => s.Number).ToListAsync();
        versions.Select(v => v.Status).ShouldBe([StandardsStatus.Published, StandardsStatus.Draft]);
        JsonNode.DeepEquals(JsonNode.Parse(versions[0].Document), JsonNode.Parse(SampleStandards.Json)).ShouldBeTrue();
        JsonNode.DeepEquals(JsonNode.Parse(versions[1].Document), JsonNode.Parse(versions[0].Document)).ShouldBeTrue();
    }

    [Fact]
    public async Task Staff_CanDraftButNotPublish()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Staff);
        using var _b = browser;
        var draft = await CreateSampleAsync(browser);

        (await browser.Client.PostAsJsonAsync($"{Api}/1/publish", new { draft.Version })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PutAsync(browser, SampleStandards.Json, publish: true)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var db = App.NewDbContext();
        (await db.StandardsVersions.SingleAsync()).Status.ShouldBe(StandardsStatus.Draft);
    }

    [Fact]
    public async Task Page_ShowsTheDraftItsCheckThePlainWordsAndTheCrosswalk()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Director);
        using var _b = browser;
        var empty = await browser.Client.GetStringAsync("/orgs/north/standards");
        empty.ShouldContain("No standards yet");
        await CreateSampleAsync(browser);

        var html = await browser.Client.GetStringAsync("/orgs/north/standards");

        html.ShouldContain("Job quality standards</h1>");
        html.ShouldContain("Version 1: Sample job quality standards");
        html.ShouldContain("No problems: these standards can be published.");
        html.ShouldContain("The hours a week: at least 30");
        html.ShouldContain("Crosswalk to other frameworks");
        html.ShouldContain("Equitable recruitment and hiring");
        html.ShouldContain(">Publish</span>");
    }

    [Fact]
    public async Task Partner_FindsNoStandards()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Partner);
        using var _b = browser;

        (await browser.Client.GetAsync(Api)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PostAsync($"{Api}/sample", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PutAsync(browser, SampleStandards.Json, publish: false)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.GetAsync("/orgs/north/standards")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var db = App.NewDbContext();
        (await db.StandardsVersions.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AnotherOrganizationsStandards_AreNotFound()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Director);
        using var _b = browser;
        var south = await Data.OrganizationAsync("south");
        await using (var setup = App.NewDbContext())
        {
            setup.StandardsVersions.Add(new StandardsVersion { OrganizationId = south.Id, Number = 1, Name = "South", Document = SampleStandards.Json });
            await setup.SaveChangesAsync();
        }

        (await browser.Client.GetAsync("/api/orgs/south/standards")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.GetAsync("/api/orgs/south/standards/1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PostAsJsonAsync("/api/orgs/south/standards/1/publish", new { Version = 0 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var db = App.NewDbContext();
        (await db.StandardsVersions.SingleAsync()).Status.ShouldBe(StandardsStatus.Draft);
    }

    [Fact]
    public async Task PutThenGet_RoundTripsTheJson()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Director);
        using var _b = browser;
        (await browser.Client.GetAsync($"{Api}/current")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var put = await PutAsync(browser, SampleStandards.Json, publish: true);

        put.StatusCode.ShouldBe(HttpStatusCode.Created);
        put.Headers.Location!.ToString().ShouldBe($"{Api}/1");
        var current = await browser.Client.GetStringAsync($"{Api}/current");
        JsonNode.DeepEquals(JsonNode.Parse(current), JsonNode.Parse(SampleStandards.Json)).ShouldBeTrue();
        current.TrimEnd().ShouldBe(SampleStandards.Json.TrimEnd());
        (await browser.Client.GetStringAsync($"{Api}/1")).ShouldBe(current);
    }

    [Fact]
    public async Task Put_OfInvalidStandards_Answers400WithTheMessages_AndStoresNothing()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Director);
        using var _b = browser;

        var response = await PutAsync(browser, InvalidStandards, publish: true);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var messages = await MessagesAsync(response);
        messages.ShouldContain("north-standards-1.json:1:principles[0].mode: Earnings: mode \"Sometimes\" is not valid (use one of Required, Scored, NotUsed).");
        await using var db = App.NewDbContext();
        (await db.StandardsVersions.CountAsync()).ShouldBe(0);
    }

    /// <summary>The messages of a validation problem answer, in order.</summary>
    private static async Task<List<string>> MessagesAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        return problem!["errors"]!.AsObject().SelectMany(e => e.Value!.AsArray().Select(m => m!.GetValue<string>())).Order(StringComparer.Ordinal).ToList();
    }

    private async Task<View> CreateSampleAsync(Browser browser)
    {
        var response = await browser.Client.PostAsync($"{Api}/sample", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<View>())!;
    }

    private static Task<HttpResponseMessage> PutAsync(Browser browser, string json, bool publish) =>
        browser.Client.PutAsync($"{Api}?publish={(publish ? "true" : "false")}", new StringContent(json, Encoding.UTF8, "application/json"));

    internal static async Task<(int ExitCode, string Errors)> RunCliAsync(params string[] args)
    {
        var errors = new StringWriter();
        var previous = Console.Error;
        Console.SetError(errors);
        try
        {
            return (await JobQualityCommandLine.RunAsync(args), errors.ToString());
        }
        finally
        {
            Console.SetError(previous);
        }
    }

    private sealed record View(int Number, string Name, string Status, string Document, uint Version, List<string> Problems);

    private sealed record Summary(int Number, string Name, string Status);

    private sealed record VersionList(bool CanEdit, bool CanPublish, List<Summary> Versions);
}
