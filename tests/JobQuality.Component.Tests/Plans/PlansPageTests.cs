using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Organizations;
using JobQuality.Web.Features.Plans;

namespace JobQuality.Component.Tests.Plans;

public sealed class PlansPageTests(SeededDatabase database) : PageTest(database)
{
    [Fact]
    public async Task PlanList_WithPlans_ShowsACardLinkingToEachPlan()
    {
        var (slug, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Staff, "Healthcare plan", "Logistics plan");
        SignInAs(userId);

        var page = Render<PlansPage>(p => p.Add(x => x.Slug, slug));

        page.WaitForAssertion(() => page.FindAll(".plan-card").Count.ShouldBe(2), DatabaseWait);
        page.FindAll("a").Select(a => a.TextContent).ShouldContain("Healthcare plan");
        page.Find("h1").TextContent.ShouldBe("Plans");
        page.FindAll("button").Select(b => b.TextContent.Trim()).ShouldContain("New plan");
    }

    [Fact]
    public async Task PlanList_NoPlansForStaff_OffersToCreateTheFirstPlan()
    {
        var (slug, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Staff);
        SignInAs(userId);

        var page = Render<PlansPage>(p => p.Add(x => x.Slug, slug));

        page.WaitForAssertion(() => page.Markup.ShouldContain("No plans yet"), DatabaseWait);
        page.FindAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Create the first plan");
        page.FindAll(".plan-card").ShouldBeEmpty();
    }

    [Fact]
    public async Task PlanList_NoPlansSharedWithAPartner_ExplainsWhyAndOffersNoCreateButton()
    {
        var (slug, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Partner, "Not shared with them");
        SignInAs(userId);

        var page = Render<PlansPage>(p => p.Add(x => x.Slug, slug));

        page.WaitForAssertion(() => page.Markup.ShouldContain("No plans shared with you yet"), DatabaseWait);
        page.FindAll("button").Select(b => b.TextContent.Trim()).ShouldNotContain("Create the first plan");
        page.FindAll("button").Select(b => b.TextContent.Trim()).ShouldNotContain("New plan");
    }
}
