using System.Text.RegularExpressions;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace JobQuality.E2E.Tests.Journeys;

[Collection(RunningAppCollection.Name)]
public sealed class PlanJourneyTests(RunningApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Director_SignsIn_CreatesAPlan_SeesItInTheList_AndOpensItsOverview()
    {
        var page = await NewPageAsync();
        await page.SignInAsync("director@demo.jobquality.test");
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await page.WaitForCircuitAsync();

        await page.CreatePlanAsync("Quality jobs in logistics", "Port Logistics Coalition, Harbor AJC", "Harbor County");

        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Quality jobs in logistics" }).WaitForAsync();
        (await page.GetByText("Port Logistics Coalition, Harbor AJC").CountAsync()).ShouldBeGreaterThan(0);
        await page.ScreenshotAsync("plan-overview");

        await page.GetByRole(AriaRole.Link, new() { Name = "All plans" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        var card = page.GetByRole(AriaRole.Link, new() { Name = "Quality jobs in logistics" });
        await card.WaitForAsync();
        await page.ScreenshotAsync("plan-list");
        await card.ClickAsync();
        await page.WaitForURLAsync(new Regex("/plans/[0-9a-f-]{36}$"));
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Quality jobs in logistics" }).WaitForAsync();
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysSoAndStaysOnTheForm()
    {
        var page = await NewPageAsync();

        await page.SignInAsync("director@demo.jobquality.test", "not the demo password");

        await page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "do not match an active account" }).WaitForAsync();
        page.Url.ShouldContain("/account/login");
    }

    [Fact]
    public async Task Partner_SeesOnlyTheSharedPlan_AndCannotCreatePlans()
    {
        var page = await NewPageAsync();
        await page.SignInAsync("partner@demo.jobquality.test");
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await page.WaitForCircuitAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Quality jobs in healthcare support" }).WaitForAsync();
        (await page.GetByRole(AriaRole.Button, new() { Name = "New plan" }).CountAsync()).ShouldBe(0);
        (await page.GetByRole(AriaRole.Link, new() { Name = "People and access" }).CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Partner_OpeningAPlanOfAnotherOrganization_GetsTheNotFoundPage()
    {
        var otherPlan = await PlanOfAnotherOrganizationAsync("River County confidential plan");
        var page = await NewPageAsync();
        await page.SignInAsync("partner@demo.jobquality.test");
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));

        var response = await page.GotoAsync($"/plans/{otherPlan}");

        response.ShouldNotBeNull();
        response.Status.ShouldBe(404);
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Page not found" }).WaitForAsync();
        (await page.GetByText("River County confidential plan").CountAsync()).ShouldBe(0);
        await page.ScreenshotAsync("not-found");
    }

    private async Task<Guid> PlanOfAnotherOrganizationAsync(string planName)
    {
        await using var db = App.NewDbContext();
        var organization = new Organization { Slug = $"river-{Guid.NewGuid():N}"[..16], Name = "River County Workforce Board" };
        var plan = new Plan { OrganizationId = organization.Id, Name = planName, TeamName = "River Coalition" };
        db.Organizations.Add(organization);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }
}
