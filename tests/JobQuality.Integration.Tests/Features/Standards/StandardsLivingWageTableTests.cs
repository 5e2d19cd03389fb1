using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JobQuality.Core.LivingWages;
using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Standards;

/// <summary>Which living wage table a draft scores with: saved with the draft, only one of the organization's own.</summary>
public sealed class StandardsLivingWageTableTests(AppFactory app) : AppTest(app)
{
    private const string Api = "/api/orgs/north/standards";

    [Fact]
    public async Task SaveDraft_WithOneOfTheOrganizationsTables_StoresTheChoice_AndNoneClearsIt()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _b = browser;
        var tableId = await TableAsync("north", 2025);
        var draft = await CreateSampleAsync(browser);

        var chosen = await browser.Client.PutAsJsonAsync($"{Api}/1/draft", new { draft.Version, document = SampleStandards.Json, livingWageTableId = tableId });

        chosen.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = (await chosen.Content.ReadFromJsonAsync<View>())!;
        view.LivingWageTableId.ShouldBe(tableId);
        await using (var db = App.NewDbContext())
        {
            (await db.StandardsVersions.SingleAsync()).LivingWageTableId.ShouldBe(tableId);
        }

        var cleared = await browser.Client.PutAsJsonAsync($"{Api}/1/draft", new { view.Version, document = SampleStandards.Json });

        cleared.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await cleared.Content.ReadFromJsonAsync<View>())!.LivingWageTableId.ShouldBeNull();
        await using var fresh = App.NewDbContext();
        (await fresh.StandardsVersions.SingleAsync()).LivingWageTableId.ShouldBeNull();
    }

    [Fact]
    public async Task SaveDraft_WithAnotherOrganizationsTable_Answers400_AndStoresNothing()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _b = browser;
        await Data.OrganizationAsync("south");
        var southTable = await TableAsync("south", 2025);
        var draft = await CreateSampleAsync(browser);
        var renamed = SampleStandards.Json.Replace("Sample job quality standards", "Renamed", StringComparison.Ordinal);

        var response = await browser.Client.PutAsJsonAsync($"{Api}/1/draft", new { draft.Version, document = renamed, livingWageTableId = southTable });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        problem["errors"]!["livingWageTableId"]![0]!.GetValue<string>()
            .ShouldBe("That living wage table is not one of this organization's tables. Choose one of its tables, or none to use the newest.");
        await using var db = App.NewDbContext();
        var stored = await db.StandardsVersions.SingleAsync();
        stored.LivingWageTableId.ShouldBeNull();
        stored.Name.ShouldBe("Sample job quality standards");
    }

    [Fact]
    public async Task SaveDraft_WithATableThatDoesNotExist_Answers400()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _b = browser;
        var draft = await CreateSampleAsync(browser);

        var response = await browser.Client.PutAsJsonAsync($"{Api}/1/draft", new { draft.Version, document = SampleStandards.Json, livingWageTableId = Guid.NewGuid() });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = App.NewDbContext();
        (await db.StandardsVersions.SingleAsync()).LivingWageTableId.ShouldBeNull();
    }

    [Fact]
    public async Task CopyToANewDraft_KeepsTheLivingWageTable()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Director);
        using var _b = browser;
        var tableId = await TableAsync("north", 2024);
        var draft = await CreateSampleAsync(browser);
        var saved = (await (await browser.Client.PutAsJsonAsync($"{Api}/1/draft", new { draft.Version, document = SampleStandards.Json, livingWageTableId = tableId }))
            .Content.ReadFromJsonAsync<View>())!;
        (await browser.Client.PostAsJsonAsync($"{Api}/1/publish", new { saved.Version })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var copy = await browser.Client.PostAsync($"{Api}/1/copy", null);

        copy.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await copy.Content.ReadFromJsonAsync<View>())!.LivingWageTableId.ShouldBe(tableId);
        await using var db = App.NewDbContext();
        (await db.StandardsVersions.OrderBy(s => s.Number).Select(s => s.LivingWageTableId).ToListAsync()).ShouldBe([tableId, tableId]);
    }

    /// <summary>A stored table of the organization (its rates do not matter to the choice).</summary>
    private async Task<Guid> TableAsync(string slug, int vintage)
    {
        await using var db = App.NewDbContext();
        var organizationId = await db.Organizations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
        var table = new StoredLivingWageTable { OrganizationId = organizationId, SourceName = "State study", VintageYear = vintage, FileName = "lw.csv" };
        db.LivingWageTables.Add(table);
        await db.SaveChangesAsync();
        return table.Id;
    }

    private async Task<View> CreateSampleAsync(Browser browser)
    {
        var response = await browser.Client.PostAsync($"{Api}/sample", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<View>())!;
    }

    private sealed record View(int Number, string Name, string Status, uint Version, Guid? LivingWageTableId);
}
