using System.Text.RegularExpressions;
using JobQuality.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace JobQuality.E2E.Tests.Journeys;

/// <summary>axe scans (WCAG 2.1 A and AA): no serious or critical violation on the main pages.</summary>
[Collection(RunningAppCollection.Name)]
public sealed class AccessibilityTests(RunningApp app) : BrowserTest(app)
{
    [Fact]
    public async Task SignInPage_HasNoSeriousAccessibilityViolations()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/login");

        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("sign-in");
    }

    [Fact]
    public async Task PlanList_HasNoSeriousAccessibilityViolations()
    {
        var page = await NewPageAsync();
        await page.SignInAsync("staff@demo.jobquality.test");
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Quality jobs in healthcare support" }).WaitForAsync();

        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task NewPlanDialog_OpensWithTheCursorInPlanName_NoErrorYet_AndNoSeriousAccessibilityViolations()
    {
        var page = await NewPageAsync();
        await page.SignInAsync("staff@demo.jobquality.test");
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await page.WaitForCircuitAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "New plan" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Start a new plan" });
        await dialog.WaitForAsync();
        // Check the opened dialog, not its fade-in: focus moves and colours are half-way while it animates.
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");

        await Assertions.Expect(dialog.GetByLabel("Plan name")).ToBeFocusedAsync();
        (await dialog.GetByText("Give the plan a name.").CountAsync()).ShouldBe(0);
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("new-plan-dialog");
    }

    [Fact]
    public async Task PlanList_InTheDarkTheme_HasNoSeriousAccessibilityViolations()
    {
        var page = await NewPageAsync();
        await page.SignInAsync("staff@demo.jobquality.test");
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark theme" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to light theme" }).WaitForAsync();
        // Scan the settled page: colours animate for a moment after the switch.
        await page.WaitForFunctionAsync(
            "() => getComputedStyle(document.querySelector('.mud-button-filled-primary')).backgroundColor === 'rgb(156, 195, 255)'");

        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("plan-list-dark");
    }

    [Fact]
    public async Task OnAPhone_TheAccountMenuStaysInView()
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(390, 800);
        await page.SignInAsync("staff@demo.jobquality.test");
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await page.WaitForCircuitAsync();

        var account = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Account menu") });
        var box = await account.BoundingBoxAsync();
        box.ShouldNotBeNull();
        (box.X + box.Width).ShouldBeLessThanOrEqualTo(390);
        await page.ScreenshotAsync("plan-list-phone");
    }

    [Fact]
    public async Task PlanOverview_HasNoSeriousAccessibilityViolations()
    {
        var page = await NewPageAsync();
        await page.SignInAsync("staff@demo.jobquality.test");
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Quality jobs in healthcare support" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/plans/[0-9a-f-]{36}$"));
        // The link navigates inside the circuit: wait for the overview itself, not only a live page.
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Quality jobs in healthcare support" }).WaitForAsync();

        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task PeoplePage_HasNoSeriousAccessibilityViolations()
    {
        var page = await NewPageAsync();
        await page.SignInAsync("admin@demo.jobquality.test");
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await page.GotoAsync("/orgs/metro-wdb/people");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "People and access" }).WaitForAsync();

        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("people");
    }

    [Theory]
    [InlineData("/orgs/metro-wdb/standards", "Job quality standards", "standards")]
    [InlineData("/orgs/metro-wdb/living-wage", "Living wage tables", "living-wage")]
    [InlineData("/account/tokens", "API tokens", "api-tokens")]
    public async Task StandardsAndDataPages_HaveNoSeriousAccessibilityViolations(string path, string heading, string screenshot)
    {
        var page = await NewPageAsync();
        await page.SignInAsync("director@demo.jobquality.test");
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await page.GotoAsync(path);
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = heading }).WaitForAsync();

        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync(screenshot);
    }
}
