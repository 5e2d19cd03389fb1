using System.Globalization;
using System.Text.RegularExpressions;
using JobQuality.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace JobQuality.E2E.Tests.Journeys;

/// <summary>The baseline dashboard of the demo board, whose placements are scored when the app starts.</summary>
[Collection(RunningAppCollection.Name)]
public sealed class BaselineTests(RunningApp app) : BrowserTest(app)
{
    private async Task<IPage> OpenBaselineAsync(string email, int width = 1280)
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(width, 860);
        await page.SignInAsync(email);
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await page.GotoAsync("/orgs/metro-wdb/baseline");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Job quality baseline" }).WaitForAsync();
        // The demo is scored in the background at start: the page shows the figures once that run is done (it polls).
        await page.Locator("[data-total=placements]").WaitForAsync(new() { Timeout = 60_000 });
        return page;
    }

    [Fact]
    public async Task DemoBoard_ShowsTotalsAndABreakdown_WithNoSeriousAccessibilityViolations()
    {
        var page = await OpenBaselineAsync("staff@demo.jobquality.test");

        var placements = int.Parse(await page.Locator("[data-total=placements]").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-US"));
        placements.ShouldBeGreaterThan(0);
        (await page.Locator("[data-total=quality-pct]").InnerTextAsync()).ShouldMatch("^[0-9]+\\.[0-9]%$");
        (await page.Locator("table[data-table=principles] tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        var race = page.Locator("table[data-breakdown=race_ethnicity]");
        (await race.Locator("tbody tr").CountAsync()).ShouldBeGreaterThan(1);
        (await race.Locator("caption").InnerTextAsync()).ShouldStartWith("Quality jobs by race and ethnicity");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Program" }).ClickAsync();
        var programs = page.Locator("table[data-breakdown=program]");
        await programs.WaitForAsync();
        (await programs.Locator("tbody th[scope=row]").AllInnerTextsAsync()).ShouldContain("WIOA Adult");

        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("baseline");
    }

    [Fact]
    public async Task AFilterFromTheAddress_NarrowsTheFigures_AndTheGoalDialogIsAccessible()
    {
        var page = await OpenBaselineAsync("director@demo.jobquality.test");
        var all = await page.Locator("[data-total=placements]").InnerTextAsync();

        await page.GotoAsync("/orgs/metro-wdb/baseline?program=TANF");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Placements matching the filters" }).WaitForAsync();
        (await page.Locator("[data-total=placements]").InnerTextAsync()).ShouldNotBe(all);
        (await page.Locator("table[data-breakdown=race_ethnicity] caption").CountAsync()).ShouldBe(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Set a goal" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Set a goal" });
        await dialog.WaitForAsync();
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("baseline-goal-dialog");
    }

    [Fact]
    public async Task APartner_ReadsTheBaselineOnAPhone_WithoutGoalEditing_AndWithNoSeriousAccessibilityViolations()
    {
        var page = await OpenBaselineAsync("partner@demo.jobquality.test", width: 390);

        (await page.GetByRole(AriaRole.Button, new() { Name = "Set a goal" }).CountAsync()).ShouldBe(0);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("baseline-partner-phone");
    }
}
