using System.Text.RegularExpressions;
using JobQuality.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace JobQuality.E2E.Tests.Journeys;

[Collection(RunningAppCollection.Name)]
public sealed class InvitationTests(RunningApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Staff_InvitesAPartner_WhoOpensTheLink_CreatesAnAccount_AndLandsOnThePlan()
    {
        var email = $"dana.{Guid.NewGuid():N}@harbor-college.test";
        var staff = await NewPageAsync();
        await staff.SignInAsync("staff@demo.jobquality.test");
        await staff.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await staff.WaitForCircuitAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "Quality jobs in healthcare support" }).ClickAsync();
        await staff.WaitForURLAsync(new Regex("/plans/[0-9a-f-]{36}$"));
        var planUrl = new Uri(staff.Url).AbsolutePath;
        await staff.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Partners" }).WaitForAsync();

        await staff.GetByLabel("Partner's email address").FillAsync(email);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Create invitation link" }).ClickAsync();
        var linkField = staff.GetByLabel("Invitation link");
        await linkField.WaitForAsync();
        (await staff.GetByText($"Send this link to {email}").CountAsync()).ShouldBe(1);
        var link = await linkField.InputValueAsync();
        link.ShouldStartWith($"{App.BaseUrl}/invitations/");
        await staff.GetByText("expires in 6 days").WaitForAsync();
        // The panel itself (the page around it belongs to other tests).
        await staff.Locator(".partners-panel").ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await staff.ScreenshotAsync("partners-panel-with-link");

        // The partner, in a browser of their own.
        var partner = await NewPageAsync();
        await partner.GotoAsync(link);
        await partner.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Join “Quality jobs in healthcare support”" }).WaitForAsync();
        await partner.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await partner.ScreenshotAsync("accept-invitation");
        await partner.GetByLabel("Your name").FillAsync("Dana Ruiz");
        await partner.GetByLabel("New password", new() { Exact = true }).FillAsync("harbor college nursing pathways");
        await partner.GetByLabel("Type the new password again").FillAsync("harbor college nursing pathways");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Create account and join the plan" }).ClickAsync();

        await partner.WaitForURLAsync(new Regex(Regex.Escape(planUrl) + "$"));
        await partner.WaitForCircuitAsync();
        await partner.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Quality jobs in healthcare support" }).WaitForAsync();
        await partner.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Who can see this plan" }).WaitForAsync();
        (await partner.GetByLabel("Partner's email address").CountAsync()).ShouldBe(0, "partners do not get the Partners panel");
        (await partner.GetByText("Dana Ruiz").CountAsync()).ShouldBeGreaterThan(0);

        // The link works once.
        await partner.GotoAsync(link);
        await partner.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "This invitation has been used" }).WaitForAsync();
        await partner.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    }
}
