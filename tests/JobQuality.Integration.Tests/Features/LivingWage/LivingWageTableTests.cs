using System.Net;
using System.Net.Http.Json;
using System.Text;
using JobQuality.Core.Organizations;
using JobQuality.Data.LivingWages;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Integration.Tests.Features.LivingWage;

public sealed class LivingWageTableTests(AppFactory app) : AppTest(app)
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "Samples", "living_wage.csv");

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static Task<HttpResponseMessage> ImportAsync(Browser browser, string slug, string csv, string source = "MIT Living Wage Calculator", string vintage = "2025") =>
        browser.Client.PostAsync($"/api/orgs/{slug}/living-wage?source={Uri.EscapeDataString(source)}&vintage={vintage}&fileName=lw.csv", Csv(csv));

    [Fact]
    public async Task Import_TheSample_StoresEveryRateAndListsTheTable()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;

        var response = await ImportAsync(browser, "north", await File.ReadAllTextAsync(SamplePath));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<Summary>();
        created!.RowCount.ShouldBe(84);
        created.SourceName.ShouldBe("MIT Living Wage Calculator");
        created.VintageYear.ShouldBe(2025);
        created.FileName.ShouldBe("lw.csv");
        created.ImportedBy.ShouldBe("someone");
        response.Headers.Location!.ToString().ShouldBe($"/api/orgs/north/living-wage/{created.Id}");

        await using var db = App.NewDbContext();
        var table = await db.LivingWageTables.SingleAsync();
        table.RowCount.ShouldBe(84);
        table.CreatedBy.ShouldNotBeNull();
        (await db.LivingWageRates.CountAsync(r => r.TableId == table.Id)).ShouldBe(84);
        (await db.LivingWageRates.SingleAsync(r => r.CountyFips == "18097" && r.HouseholdType == "1A0C")).HourlyWage.ShouldBe(19.40m);
        var listed = await browser.Client.GetFromJsonAsync<List<Summary>>("/api/orgs/north/living-wage");
        listed!.ShouldHaveSingleItem().Id.ShouldBe(created.Id);
    }

    [Fact]
    public async Task Import_FileWithBadRows_StoresNothingAndReportsEveryErrorWithRowAndColumn()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;
        const string csv = """
            county_fips,household_type,hourly_wage
            18097,1A0C,19.40
            1809,1A1C,35.80
            18097,3A0C,20.00
            18097,1A2C,-4
            18097,1a0c,19.40
            """;

        var response = await ImportAsync(browser, "north", csv);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<FileProblem>();
        problem!.Title.ShouldContain("nothing was stored");
        problem.Errors.Select(e => (e.Row, e.Column, e.Value)).ShouldBe(
        [
            (3, "county_fips", "1809"),
            (4, "household_type", "3A0C"),
            (5, "hourly_wage", "-4"),
            (6, "household_type", "1A0C"),
        ]);
        problem.Errors.ShouldAllBe(e => e.Reason.Length > 0);
        await using var db = App.NewDbContext();
        (await db.LivingWageTables.CountAsync()).ShouldBe(0);
        (await db.LivingWageRates.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Import_HeaderOnly_IsRefused()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;

        var response = await ImportAsync(browser, "north", "county_fips,household_type,hourly_wage\n");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<FileProblem>())!.Errors.ShouldHaveSingleItem().Reason.ShouldContain("no rates");
        await using var db = App.NewDbContext();
        (await db.LivingWageTables.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Import_WithoutSourceOrWithAnOddYear_IsRefusedNamingTheFields()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;

        var response = await ImportAsync(browser, "north", await File.ReadAllTextAsync(SamplePath), source: " ", vintage: "1850");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("SourceName");
        body.ShouldContain("VintageYear");
        await using var db = App.NewDbContext();
        (await db.LivingWageTables.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Import_AsAForm_IsRefusedAsTheWrongKindOfBody()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;

        var response = await browser.Client.PostAsync("/api/orgs/north/living-wage?source=MIT&vintage=2025",
            new StringContent(await File.ReadAllTextAsync(SamplePath), Encoding.UTF8, "text/plain"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        await using var db = App.NewDbContext();
        (await db.LivingWageTables.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Inspect_ShowsCountiesByHouseholdType_FilteredByCountyAndPaged()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Director);
        using var _ = browser;
        var created = await (await ImportAsync(browser, "north", await File.ReadAllTextAsync(SamplePath))).Content.ReadFromJsonAsync<Summary>();

        var one = await browser.Client.GetFromJsonAsync<Detail>($"/api/orgs/north/living-wage/{created!.Id}?county=18097");
        var paged = await browser.Client.GetFromJsonAsync<Detail>($"/api/orgs/north/living-wage/{created.Id}?pageSize=3&page=3");

        one!.TotalCounties.ShouldBe(1);
        one.HouseholdTypes.Count.ShouldBe(12);
        one.HouseholdTypes[0].ShouldBe("1A0C");
        var county = one.Counties.ShouldHaveSingleItem();
        county.CountyFips.ShouldBe("18097");
        county.Wages["1A0C"].ShouldBe(19.40m);
        paged!.TotalCounties.ShouldBe(7);
        paged.PageCount.ShouldBe(3);
        paged.Counties.Count.ShouldBe(1);
        paged.Counties[0].Wages.Count.ShouldBe(12);
    }

    [Fact]
    public async Task Partner_CannotSeeOrImportTables()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Partner);
        using var _ = browser;
        var tableId = await ImportDirectlyAsync("north");

        (await browser.Client.GetAsync("/api/orgs/north/living-wage")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.GetAsync($"/api/orgs/north/living-wage/{tableId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ImportAsync(browser, "north", await File.ReadAllTextAsync(SamplePath))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var db = App.NewDbContext();
        (await db.LivingWageTables.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task OtherOrganizationsTables_AreNotFound()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;
        await Data.OrganizationAsync("south");
        var southTable = await ImportDirectlyAsync("south");

        (await browser.Client.GetAsync("/api/orgs/south/living-wage")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.GetAsync($"/api/orgs/north/living-wage/{southTable}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ImportAsync(browser, "south", await File.ReadAllTextAsync(SamplePath))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.GetFromJsonAsync<List<Summary>>("/api/orgs/north/living-wage"))!.ShouldBeEmpty();

        await using var db = App.NewDbContext();
        (await db.LivingWageTables.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task StoredTable_LoadsForScoringWithTheSameWagesAsTheFile()
    {
        await Data.OrganizationAsync("north");
        var tableId = await ImportDirectlyAsync("north");
        using var reader = new StreamReader(SamplePath);
        var (fromFile, _) = Core.Scoring.LivingWageTable.Read(reader);

        await using var scope = App.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<LivingWageTableImporter>().LoadAsync(tableId);

        stored!.Rows.OrderBy(r => r.CountyFips).ThenBy(r => r.HouseholdType)
            .ShouldBe(fromFile!.Rows.OrderBy(r => r.CountyFips).ThenBy(r => r.HouseholdType));
    }

    [Fact]
    public async Task Page_ForStaff_ExplainsTheFileAndListsTables()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;

        var empty = await browser.Client.GetStringAsync("/orgs/north/living-wage");
        await ImportDirectlyAsync("north");
        var listed = await browser.Client.GetStringAsync("/orgs/north/living-wage");

        empty.ShouldContain("<h1 class=\"mud-typography mud-typography-h4 mb-2\">Living wage tables</h1>");
        empty.ShouldContain("county_fips,household_type,hourly_wage");
        empty.ShouldContain("No living wage tables yet");
        listed.ShouldContain("State study");
        listed.ShouldNotContain("No living wage tables yet");
    }

    [Fact]
    public async Task Pages_ForAPartnerOrAnotherOrganizationsTable_AreNotFound()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Partner);
        using var _ = browser;
        var northTable = await ImportDirectlyAsync("north");
        await Data.OrganizationAsync("south");
        var southTable = await ImportDirectlyAsync("south");

        (await browser.Client.GetAsync("/orgs/north/living-wage")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.GetAsync($"/orgs/north/living-wage/{northTable}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.GetAsync($"/orgs/north/living-wage/{southTable}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TablePage_ShowsWagesByCountyAndHouseholdInWords()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var tableId = await ImportDirectlyAsync("north");

        var page = await browser.Client.GetStringAsync($"/orgs/north/living-wage/{tableId}");

        page.ShouldContain("State study, 2024");
        page.ShouldContain("18097");
        page.ShouldContain("$19.40");
        page.ShouldContain("2 adults (1 working), 2 children");
    }

    private async Task<Guid> ImportDirectlyAsync(string slug)
    {
        await using var db = App.NewDbContext();
        var organizationId = await db.Organizations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
        await using var scope = App.Services.CreateAsyncScope();
        await using var file = File.OpenRead(SamplePath);
        var result = await scope.ServiceProvider.GetRequiredService<LivingWageTableImporter>()
            .ImportAsync(new LivingWageImport(organizationId, "State study", 2024, "lw.csv"), file);
        return result.Table!.Id;
    }

    private sealed record Summary(Guid Id, string SourceName, int VintageYear, int RowCount, string FileName, DateTimeOffset ImportedAt, string ImportedBy);

    private sealed record FileError(int Row, string Column, string Value, string Reason);

    private sealed record FileProblem(string Title, List<FileError> Errors);

    private sealed record CountyWages(string CountyFips, Dictionary<string, decimal> Wages);

    private sealed record Detail(Summary Table, List<string> HouseholdTypes, List<CountyWages> Counties, int TotalCounties, int Page, int PageSize, int PageCount);
}
