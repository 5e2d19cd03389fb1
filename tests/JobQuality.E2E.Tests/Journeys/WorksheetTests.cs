using System.Text.RegularExpressions;
using JobQuality.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace JobQuality.E2E.Tests.Journeys;

/// <summary>
/// The data worksheets, Ad-Lib #2 and governance in a real browser: filling both worksheets on a plan of its own and
/// seeing the gap view follow, and axe scans of the three pages on the demo example plan.
/// </summary>
[Collection(RunningAppCollection.Name)]
public sealed class WorksheetTests(RunningApp app) : BrowserTest(app)
{
    private const string Staff = "staff@demo.jobquality.test";
    private const string Partner = "partner@demo.jobquality.test";

    [Fact]
    public async Task Staff_FillsBothWorksheets_AndTheGapViewShowsWhatIsMissingAndWhoHoldsTheRest()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(Staff);
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await page.WaitForCircuitAsync();
        var planId = await page.CreatePlanAsync("Measuring home care quality", "Home Care Coalition, Metro AJC");
        await page.GotoAsync($"/plans/{planId}/data-worksheets");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Data worksheets" }).WaitForAsync();

        // Worksheet 1: a baseline row held by a partner, a change row that does not exist yet.
        await AddAsync(page, "need-Baseline", "Agency schedules");
        await page.GetByLabel("Baseline data, row 1: type of data").WaitForAsync();
        await ChooseAsync(page, "Baseline data, row 1: availability", "Held by another organization");
        await page.GetByLabel("Baseline data, row 1: held by").FillAsync("Employers' Association");
        await page.GetByLabel("Baseline data, row 1: where it sits").FillAsync("Agency HR systems");
        await AddAsync(page, "need-Change", "Schedule notice given");
        await page.GetByLabel("Change data, row 1: type of data").WaitForAsync();
        await ChooseAsync(page, "Change data, row 1: availability", "DE: doesn't exist yet");

        // Worksheet 2: a key difference with one indicator of each kind.
        await AddAsync(page, "difference", "schedules became predictable");
        await page.GetByLabel("Key difference 1: if we see …").FillAsync("schedules posted two weeks ahead");
        await Assertions.Expect(page.GetByTestId("difference-sentence"))
            .ToHaveTextAsync("We will know schedules became predictable occurred if we see schedules posted two weeks ahead.");
        await AddAsync(page, "indicator-Process", "agencies in the pilot");
        await AddAsync(page, "indicator-Change", "share of schedules posted ahead");

        var gaps = page.GetByTestId("data-gaps");
        await Assertions.Expect(gaps.Locator("[data-gap=missing]")).ToContainTextAsync("Schedule notice given");
        await Assertions.Expect(gaps.Locator("[data-holder=\"Employers' Association\"]")).ToContainTextAsync("Agency schedules, in Agency HR systems");
        await Assertions.Expect(page.Locator(".save-indicator")).ToHaveAttributeAsync("data-state", "saved");
        await page.ScreenshotAsync("data-worksheets-filled");

        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Data worksheets" }).WaitForAsync();
        await Assertions.Expect(page.GetByLabel("Baseline data, row 1: held by")).ToHaveValueAsync("Employers' Association");
        await Assertions.Expect(page.GetByTestId("data-gaps").Locator("[data-gap=missing]")).ToContainTextAsync("Schedule notice given");
        await Assertions.Expect(page.GetByLabel("Change indicator 1 of key difference 1", new() { Exact = true })).ToHaveValueAsync("share of schedules posted ahead");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    }

    [Theory]
    [InlineData(Staff, "data-worksheets", "Data worksheets")]
    [InlineData(Staff, "charge", "Our charge (Ad-Lib #2)")]
    [InlineData(Staff, "governance", "Governance and reporting")]
    [InlineData(Partner, "data-worksheets", "Data worksheets")]
    [InlineData(Partner, "charge", "Our charge (Ad-Lib #2)")]
    public async Task NewToolPages_OnTheExamplePlan_HaveNoSeriousAccessibilityViolations(string user, string tool, string title)
    {
        var page = await NewPageAsync();
        await page.SignInAsync(user);
        await page.WaitForURLAsync(new Regex("/orgs/"));
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Quality jobs in healthcare support" }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/plans/[0-9a-f-]{36}$"));
        var planId = page.Url[^36..];

        await page.GotoAsync($"/plans/{planId}/{tool}");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = title, Exact = true }).WaitForAsync();
        if (tool == "data-worksheets") await Assertions.Expect(page.GetByTestId("data-gaps").Locator("[data-holder]").First).ToBeVisibleAsync();
        if (tool == "charge") await Assertions.Expect(page.GetByTestId("charge-sentence")).ToContainTextAsync("Our first steps are adopt job quality criteria");

        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync($"{tool}-{(user == Partner ? "partner" : "staff")}");
    }

    private static async Task AddAsync(IPage page, string list, string text)
    {
        var field = page.Locator($"[data-add={list}]").First;
        await field.FillAsync(text);
        await field.PressAsync("Enter");
        await Assertions.Expect(field).ToHaveValueAsync("");
    }

    private static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.GetByLabel(label).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        // The choice shows in the gap view (and, for "held by", as a field for the holder's name).
    }
}
