using JobQuality.Core.Canvas;
using JobQuality.Core.Plans;
using JobQuality.E2E.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace JobQuality.E2E.Tests.Journeys;

/// <summary>
/// Pitch feedback and the challenges register in a real browser: recording a pitch, applying its feedback to the canvas
/// and finding the item there with its marker; the register from the library; axe scans and screenshots of both pages.
/// </summary>
[Collection(RunningAppCollection.Name)]
public sealed class PitchAndChallengesTests(RunningApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Staff_RecordsPitchFeedback_AppliesItToTheCanvas_AndSeesTheItemThereWithItsOrigin()
    {
        var planId = await NewPlanAsync("Pitch journey");
        var page = await NewPageAsync();
        await page.SignInAsync("staff@demo.jobquality.test");
        await page.WaitForURLAsync("**/orgs/metro-wdb");
        await OpenToolAsync(page, planId, "pitch-feedback", "Pitch feedback");
        await page.GetByText("No pitches recorded yet").WaitForAsync();
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Record a pitch" }).ClickAsync();
        await page.Locator("input[data-field=new-audience]").FillAsync("Employer breakfast");
        await page.Locator("input[data-field=new-date]").FillAsync("2026-10-08");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the pitch" }).ClickAsync();
        var session = page.Locator(".pitch-session").First;
        await session.GetByRole(AriaRole.Heading, new() { Name = "Employer breakfast, Oct 8, 2026", Exact = true }).WaitForAsync();

        await ChooseAsync(page, session.Locator(".pitch-add-feedback div.mud-select").First, "Blind spots");
        await session.Locator("textarea[data-field=new-feedback]").FillAsync("Nobody mentioned childcare for evening classes.");
        await session.GetByRole(AriaRole.Button, new() { Name = "Add feedback" }).ClickAsync();
        var feedback = session.Locator(".pitch-feedback").First;
        await Assertions.Expect(feedback.Locator("textarea[data-field=feedback-text]")).ToHaveValueAsync("Nobody mentioned childcare for evening classes.");

        await feedback.Locator("[data-action=apply-to-canvas]").ClickAsync();
        var form = feedback.Locator(".apply-form");
        await ChooseAsync(page, form.Locator("div.mud-select").First, "Key Strategies");
        await form.Locator("textarea[data-field=apply-text]").FillAsync("Childcare stipends for evening learners");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("pitch-feedback-apply");
        await form.GetByRole(AriaRole.Button, new() { Name = "Apply to the canvas" }).ClickAsync();
        await Assertions.Expect(feedback.GetByTestId("applied-to")).ToContainTextAsync("Applied to “Childcare stipends for evening learners” in Key Strategies");
        await page.ScreenshotAsync("pitch-feedback");

        await OpenToolAsync(page, planId, "canvas", "Job Quality Canvas");
        var strategies = page.Locator("[data-square=KeyStrategies]");
        await Assertions.Expect(strategies.Locator("[data-field=canvas-item]").First).ToHaveValueAsync("Childcare stipends for evening learners");
        await Assertions.Expect(strategies.Locator(".canvas-item-origin")).ToContainTextAsync("From pitch feedback: Employer breakfast, Oct 8, 2026");
        await strategies.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.ScreenshotDirectory, "canvas-item-from-pitch.png") });
    }

    [Fact]
    public async Task Staff_AddsAChallengeFromTheLibrary_AndAdaptsIt()
    {
        var planId = await NewPlanAsync("Challenges journey");
        var page = await NewPageAsync();
        await page.SignInAsync("staff@demo.jobquality.test");
        await page.WaitForURLAsync("**/orgs/metro-wdb");
        await OpenToolAsync(page, planId, "challenges", "Challenges and responses");
        await page.GetByText("No challenges in the register yet").WaitForAsync();
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the register: Employers fear higher costs" }).ClickAsync();
        var entry = page.Locator(".challenge").First;
        await Assertions.Expect(entry.Locator("input[data-field=Title]")).ToHaveValueAsync("Employers fear higher costs");
        await entry.Locator("textarea[data-field=Notes]").FillAsync("Two agency owners shared turnover costs.");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("[data-starter=employer-costs]")).ToContainTextAsync("In your register");
        await Assertions.Expect(page.GetByText("All changes saved")).ToBeVisibleAsync();
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("challenges");

        await using var db = App.NewDbContext();
        (await db.Challenges.SingleAsync(c => c.PlanId == planId)).Notes.ShouldBe("Two agency owners shared turnover costs.");
    }

    [Fact]
    public async Task ExamplePlan_BothToolsAreFilled_AndReadOnlyForAPartner_WithNoSeriousAccessibilityViolations()
    {
        Guid planId;
        await using (var db = App.NewDbContext())
        {
            planId = await db.Plans.Where(p => p.Name == "Quality jobs in healthcare support").Select(p => p.Id).SingleAsync();
        }
        var page = await NewPageAsync();
        await page.SignInAsync("partner@demo.jobquality.test");
        await page.WaitForURLAsync("**/orgs/metro-wdb**");

        await OpenToolAsync(page, planId, "pitch-feedback", "Pitch feedback");
        await Assertions.Expect(page.Locator(".pitch-session")).ToHaveCountAsync(2);
        (await page.Locator("[data-action=apply-to-canvas]").CountAsync()).ShouldBe(0);
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("pitch-feedback-partner");

        await OpenToolAsync(page, planId, "challenges", "Challenges and responses");
        await Assertions.Expect(page.Locator(".challenge")).ToHaveCountAsync(4);
        (await page.Locator("textarea").CountAsync()).ShouldBe(0);
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("challenges-partner");
    }

    private static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        var options = page.Locator(".mud-popover-open").GetByRole(AriaRole.Option);
        await options.First.WaitForAsync();
        await options.Filter(new() { HasText = option }).First.ClickAsync();
        await page.Locator(".mud-popover-open").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    private static async Task OpenToolAsync(IPage page, Guid planId, string tool, string title)
    {
        await page.GotoAsync($"/plans/{planId}/{tool}");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = title, Exact = true }).WaitForAsync();
    }

    private async Task<Guid> NewPlanAsync(string name)
    {
        await using var db = App.NewDbContext();
        var organization = await db.Organizations.SingleAsync(o => o.Slug == "metro-wdb");
        var plan = new Plan { OrganizationId = organization.Id, Name = $"{name} {Guid.NewGuid():N}"[..40], TeamName = "Metro Coalition" };
        db.Plans.Add(plan);
        db.CanvasItems.Add(new CanvasItem { PlanId = plan.Id, Square = CanvasSquare.KeyPartners, Text = "Home care agencies" });
        await db.SaveChangesAsync();
        return plan.Id;
    }
}
