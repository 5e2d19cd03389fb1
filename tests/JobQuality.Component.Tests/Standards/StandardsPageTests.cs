using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.LivingWages;
using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Web.Features.LivingWage;
using JobQuality.Web.Features.Shared.Editing;
using JobQuality.Web.Features.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace JobQuality.Component.Tests.Standards;

public sealed class StandardsPageTests : PageTest
{
    public StandardsPageTests(SeededDatabase database) : base(database)
    {
        Services.AddScoped<ListStandardsVersions.Handler>();
        Services.AddScoped<GetStandardsVersion.Handler>();
        Services.AddScoped<CreateDraft.Handler>();
        Services.AddScoped<SaveDraft.Handler>();
        Services.AddScoped<PublishStandards.Handler>();
        Services.AddScoped<ListLivingWageTables.Handler>();
        Services.AddScoped<ConflictResolver>();
        Services.AddScoped<AutosaverFactory>();
    }

    /// <summary>An organization with a director, one version of standards holding <paramref name="document"/>, and optionally a living wage table.</summary>
    private async Task<(string Slug, Guid? TableId)> BoardAsync(string document, StandardsStatus status = StandardsStatus.Draft, bool withTable = false)
    {
        var (slug, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Director);
        await using var db = Database.NewDbContext();
        var organizationId = await db.Organizations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
        Guid? tableId = null;
        if (withTable)
        {
            var table = new StoredLivingWageTable { OrganizationId = organizationId, SourceName = "State study", VintageYear = 2025, FileName = "lw.csv" };
            db.LivingWageTables.Add(table);
            tableId = table.Id;
        }
        db.StandardsVersions.Add(new StandardsVersion
        {
            OrganizationId = organizationId,
            Number = 1,
            Name = StandardsVersion.NameFrom(document),
            Document = document,
            Status = status,
            LivingWageTableId = status == StandardsStatus.Draft ? null : tableId,
        });
        await db.SaveChangesAsync();
        SignInAs(userId);
        return (slug, tableId);
    }

    private IRenderedComponent<StandardsPage> RenderPage(string slug)
    {
        var page = Render<StandardsPage>(p => p.Add(x => x.Slug, slug));
        page.WaitForAssertion(() => page.Markup.ShouldContain("Version 1:"), DatabaseWait);
        return page;
    }

    private async Task<StandardsVersion> StoredAsync(string slug)
    {
        await using var db = Database.NewDbContext();
        return await db.StandardsVersions.AsNoTracking().SingleAsync(s => db.Organizations.Any(o => o.Id == s.OrganizationId && o.Slug == slug));
    }

    /// <summary>Text as a browser shows it: runs of spaces and line breaks as one space.</summary>
    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Draft_OpensAsCards_AndAddingACriterionSavesTheDraftsJson()
    {
        var (slug, _) = await BoardAsync(SampleStandards.Json);
        var page = RenderPage(slug);
        page.FindAll("section.principle-card").Count.ShouldBe(8);

        page.Find("section[data-principle=LearningAndDevelopment] button[data-action=add-criterion]").Click();

        page.WaitForAssertion(() => page.Markup.ShouldContain("All changes saved"), DatabaseWait);
        var (stored, errors) = StandardsJson.Read((await StoredAsync(slug)).Document);
        errors.ShouldBeEmpty();
        stored!.Principles.Single(p => p.Principle == Principle.LearningAndDevelopment).Criteria.Select(c => c.Field)
            .ShouldBe(["training_provided", "career_pathway"]);
        page.Markup.ShouldContain("No problems: these standards can be published.");
    }

    [Fact]
    public async Task JsonTheCardsCannotShow_OpensTheJsonView_SayingWhy()
    {
        var (slug, _) = await BoardAsync("""{ "name": "Ours", "principles": [ { "principle": "Happiness", "mode": "Required", "criteria": [] } ] }""");

        var page = RenderPage(slug);

        page.FindAll("section.principle-card").ShouldBeEmpty();
        page.Find("[data-warning=not-cards]").TextContent.ShouldContain("Principle 1 must name one of the eight principles");
        page.Find("textarea[data-field=document]").TextContent.ShouldContain("Happiness");
        page.FindAll("[role=tab]").Single(t => t.TextContent.Contains("Cards")).ClassList.ShouldContain("mud-disabled");
        page.Find("[data-problems=summary]").TextContent.ShouldContain("Happiness: not a principle");
    }

    [Fact]
    public async Task LivingWageTableChoice_IsSavedWithTheDraft()
    {
        var (slug, tableId) = await BoardAsync(SampleStandards.Json, withTable: true);
        var page = RenderPage(slug);
        var choice = page.FindComponent<LivingWageTableChoice>();
        choice.FindComponents<MudSelectItem<string>>().Select(i => i.Instance.Value)
            .ShouldBe([LivingWageTableChoice.None, tableId.ToString()]);

        await page.InvokeAsync(() => choice.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync(tableId.ToString()));

        page.WaitForAssertion(() => page.Markup.ShouldContain("All changes saved"), DatabaseWait);
        (await StoredAsync(slug)).LivingWageTableId.ShouldBe(tableId);
        page.FindAll("[data-warning=no-living-wage-table]").ShouldBeEmpty();
    }

    [Fact]
    public async Task LivingWageCriterion_WithoutATable_WarnsAndLinksToTheImport()
    {
        var (slug, _) = await BoardAsync(SampleStandards.Json);

        var page = RenderPage(slug);

        var warning = page.Find("[data-warning=no-living-wage-table]");
        Words(warning.TextContent).ShouldContain("earnings will be Unknown for every placement until one is");
        warning.QuerySelector("a")!.GetAttribute("href").ShouldBe($"orgs/{slug}/living-wage");
    }

    [Fact]
    public async Task PublishedVersion_ShowsItsCardsAndTableReadOnly()
    {
        var (slug, _) = await BoardAsync(SampleStandards.Json, StandardsStatus.Published, withTable: true);

        var page = RenderPage(slug);

        page.FindAll("section.principle-card").Count.ShouldBe(8);
        page.FindAll("section.principle-card input").ShouldBeEmpty();
        page.FindAll("textarea").ShouldBeEmpty();
        page.Find("[data-living-wage]").TextContent.ShouldContain("This version uses: State study, 2025 figures");
        page.Markup.ShouldContain("The hours a week: at least 30");
    }
}
