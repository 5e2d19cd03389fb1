using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Organizations;
using JobQuality.Web.Features.Baseline;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Component.Tests.Baseline;

public sealed class BaselinePageTests : PageTest
{
    public BaselinePageTests(SeededDatabase database) : base(database)
    {
        Services.AddScoped<GetBaseline.Handler>();
        Services.AddScoped<GetScoringStatus.Handler>();
        Services.AddScoped<SetMinCellSize.Handler>();
        Services.AddScoped<DeleteGoal.Handler>();
    }

    [Fact]
    public async Task BeforeAnything_Staff_AreShownTheStepsWithLinks()
    {
        var (slug, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Staff);
        SignInAs(userId);

        var page = Render<BaselinePage>(p => p.Add(x => x.Slug, slug));

        page.WaitForAssertion(() => page.Markup.ShouldContain("No baseline yet"), DatabaseWait);
        page.Find("li[data-step=standards] a").GetAttribute("href").ShouldBe($"orgs/{slug}/standards");
        page.Find("li[data-step=placements] a").GetAttribute("href").ShouldBe($"orgs/{slug}/placements");
        page.Find("[data-min-cell]").TextContent.ShouldBe("10");
        page.Markup.ShouldContain("A director or administrator can change it.");
        page.FindAll("#goals-heading").ShouldBeEmpty();
    }

    [Fact]
    public async Task BeforeAnything_APartner_IsToldWhoLoadsTheData_WithoutLinksToPagesTheyCannotOpen()
    {
        var (slug, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Partner);
        SignInAs(userId);

        var page = Render<BaselinePage>(p => p.Add(x => x.Slug, slug));

        page.WaitForAssertion(() => page.Markup.ShouldContain("No baseline yet"), DatabaseWait);
        page.FindAll(".baseline-steps a").ShouldBeEmpty();
        page.Find("li[data-step=placements]").TextContent.ShouldContain("Board staff load the placement records.");
    }

    [Fact]
    public async Task ADirector_ChangesTheMinimumCellSize_AndATooSmallOneIsRefusedWithItsReason()
    {
        var (slug, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Director);
        SignInAs(userId);
        var page = Render<BaselinePage>(p => p.Add(x => x.Slug, slug));
        page.WaitForAssertion(() => page.FindAll("#min-cell-size").Count.ShouldBe(1), DatabaseWait);

        page.Find("#min-cell-size").Change("4");
        await page.InvokeAsync(() => page.FindComponents<MudBlazor.MudButton>().Single(b => b.Markup.Contains(">Save<")).Find("button").Click());
        page.WaitForAssertion(() => page.Markup.ShouldContain("between 5 and 1000"), DatabaseWait);

        page.Find("#min-cell-size").Change("12");
        await page.InvokeAsync(() => page.FindComponents<MudBlazor.MudButton>().Single(b => b.Markup.Contains(">Save<")).Find("button").Click());
        page.WaitForAssertion(() => page.Find("[data-min-cell]").TextContent.ShouldBe("12"), DatabaseWait);
        await using var db = Database.NewDbContext();
        db.Organizations.Single(o => o.Slug == slug).MinCellSize.ShouldBe(12);
    }
}
