using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Data;
using JobQuality.Data.Live;
using JobQuality.Web.Features.Plans;
using JobQuality.Web.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task PlanList_APlanCreatedBySomeoneElse_AppearsWithoutReloading()
    {
        var (slug, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Staff, "Healthcare plan");
        SignInAs(userId);
        var page = Render<PlansPage>(p => p.Add(x => x.Slug, slug));
        page.WaitForAssertion(() => page.FindAll(".plan-card").Count.ShouldBe(1), DatabaseWait);

        // Someone else creates a plan (saved here; its notice comes as from another browser).
        Guid created;
        await using (var db = await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var organization = await db.Organizations.SingleAsync(o => o.Slug == slug);
            var plan = new Plan { OrganizationId = organization.Id, Name = "Logistics plan", TeamName = "Port coalition" };
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            created = plan.Id;
        }
        Services.GetRequiredService<PlanChangeFeed>().Deliver(new PlanChangeNotice(created, PlanChangeKind.Content, nameof(Plan), "someone-else", Guid.NewGuid()));

        page.WaitForAssertion(() => page.FindAll(".plan-card").Count.ShouldBe(2), DatabaseWait);
        page.FindAll("a").Select(a => a.TextContent).ShouldContain("Logistics plan");
    }
}
