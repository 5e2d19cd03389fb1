using System.Text.RegularExpressions;
using JobQuality.Core.Scoring.Standards;
using JobQuality.E2E.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task StandardsCards_ACriterionBuiltByKeyboard_IsSaved_AndThePageHasNoSeriousAccessibilityViolations()
    {
        var page = await NewPageAsync();
        await page.SignInAsync("director@demo.jobquality.test");
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await page.GotoAsync("/orgs/metro-wdb/standards");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start from the sample standards" }).First.ClickAsync();
        var benefits = page.Locator("section.principle-card[data-principle=Benefits]");
        await benefits.WaitForAsync();
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");
        var version = int.Parse(Regex.Match(await page.Locator("#version-heading").InnerTextAsync(), @"Version (\d+)").Groups[1].Value);

        // Add a criterion with the keyboard: it starts on the next field that measures benefits, and asks for its number.
        await benefits.GetByRole(AriaRole.Button, new() { Name = "Add a criterion to Benefits" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var added = benefits.Locator("li.criterion[data-criterion='3']");
        await Assertions.Expect(added.Locator("input[data-input=field]")).ToBeFocusedAsync();
        await Assertions.Expect(added.Locator("[data-problem=criterion]")).ToContainTextAsync("Benefits, criterion 3: >= needs \"value\", a number.");

        // Choose the test from the operators that fit the field, then type the number and leave the field.
        await added.Locator("input[data-input=op]").ClickAsync();
        var options = page.Locator(".mud-popover-open").GetByRole(AriaRole.Option);
        await options.First.WaitForAsync();
        (await options.AllInnerTextsAsync()).Select(o => o.Trim()).ShouldBe(
            ["is at least (>=)", "is more than (>)", "is at most (<=)", "is less than (<)", "is exactly (=)", "is not (!=)"]);
        await options.Filter(new() { HasText = "is more than (>)" }).ClickAsync();
        await added.Locator("input[data-input=value]").FillAsync("50");
        await page.Keyboard.PressAsync("Tab");

        await Assertions.Expect(page.GetByText("No problems: these standards can be published.")).ToBeVisibleAsync();
        // "All changes saved" may still show from the previous save for the moment before leaving the field starts the
        // next one: wait until the draft in the database has the number, then for the indicator.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            await using var db = App.NewDbContext();
            var stored = await db.StandardsVersions.AsNoTracking().SingleAsync(s => s.Number == version && db.Organizations.Any(o => o.Id == s.OrganizationId && o.Slug == "metro-wdb"));
            var (standards, errors) = StandardsJson.Read(stored.Document);
            if (errors.Count > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
                continue;
            }
            errors.ShouldBeEmpty();
            var criterion = standards!.Principles.Single(p => p.Principle == Principle.Benefits).Criteria[2];
            (criterion.Field, criterion.Op, criterion.Number).ShouldBe(("employer_premium_share_pct", CriterionOp.Greater, 50m));
            break;
        }
        await Assertions.Expect(page.Locator(".save-indicator")).ToContainTextAsync("All changes saved");

        // A criterion added by mistake is removed with the keyboard, which stays in the card.
        await benefits.GetByRole(AriaRole.Button, new() { Name = "Add a criterion to Benefits" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        // The new criterion takes the focus itself (after its render); only then is the keyboard moved on to remove it.
        await Assertions.Expect(benefits.Locator("li.criterion").Nth(3).Locator("input[data-input=field]")).ToBeFocusedAsync();
        await benefits.GetByRole(AriaRole.Button, new() { Name = "Remove criterion 4 of Benefits" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(benefits.Locator("li.criterion")).ToHaveCountAsync(3);
        await Assertions.Expect(added.Locator("input[data-input=field]")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".save-indicator")).ToContainTextAsync("All changes saved");

        // After a reload the card shows what was saved.
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(benefits.Locator("li.criterion[data-criterion='3'] input[data-input=value]")).ToHaveValueAsync("50");
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");

        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("standards-cards");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Advanced: edit as JSON" }).ClickAsync();
        await Assertions.Expect(page.Locator("textarea[data-field=document]")).ToContainTextAsync("employer_premium_share_pct");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    }
}
