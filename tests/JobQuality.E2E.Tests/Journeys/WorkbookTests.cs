using System.Text.RegularExpressions;
using JobQuality.Core.Canvas;
using JobQuality.Core.Plans;
using JobQuality.E2E.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace JobQuality.E2E.Tests.Journeys;

/// <summary>
/// The plan workbook's tool pages in a real browser: typing with autosave, seeding the canvas, two people editing the
/// same canvas item, the canvas by keyboard alone, and a partner's read-only view. Tests that change content work on
/// plans of their own, so the demo example plan stays as seeded for the scans and the partner.
/// </summary>
[Collection(RunningAppCollection.Name)]
public sealed class WorkbookTests(RunningApp app) : BrowserTest(app)
{
    private const string Staff = "staff@demo.jobquality.test";
    private const string Director = "director@demo.jobquality.test";
    private const string Partner = "partner@demo.jobquality.test";

    [Fact]
    public async Task Staff_TypesTheValueProposition_SeesTheSentenceLive_ItSavesAndSurvivesAReload_ThenSeedsTheCanvasOnce()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(Staff);
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await page.WaitForCircuitAsync();
        var planId = await page.CreatePlanAsync("Quality jobs in home care", "Home Care Coalition, Metro AJC");

        await OpenToolAsync(page, planId, "value-proposition", "Value proposition");
        var sentence = page.GetByTestId("vp-sentence");
        await Assertions.Expect(sentence).ToContainTextAsync("[who]");

        await page.Locator("[data-field=TargetCustomers]").PressSequentiallyAsync("Home health aides; Certified nursing assistants");
        // The sentence follows the typing before anything is saved.
        await Assertions.Expect(sentence).ToContainTextAsync("help home health aides and certified nursing assistants to");
        await page.Locator("[data-field=PainPoints]").PressSequentiallyAsync("unpredictable schedules");
        await Assertions.Expect(sentence).ToContainTextAsync("to unpredictable schedules and");
        await page.Locator("[data-field=Aspirations]").PressSequentiallyAsync("a wage a family can live on");
        await page.Locator("[data-field=Strategies]").PressSequentiallyAsync("Paid training cohorts; An employer pledge on schedules");
        await Assertions.Expect(sentence).ToContainTextAsync("and a wage a family can live on by paid training cohorts and an employer pledge on schedules.");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "HR practices" }).CheckAsync();
        await Assertions.Expect(sentence).ToContainTextAsync("The primary lever we will use is HR practices.");

        await ShouldBeSavedAsync(page);
        await Assertions.Expect(page.Locator(".tool-header [data-progress]")).ToHaveAttributeAsync("data-progress", "Done");
        await page.ScreenshotAsync("value-proposition-typed");

        await ReloadToolAsync(page, "Value proposition");
        await Assertions.Expect(page.Locator("[data-field=TargetCustomers]")).ToHaveValueAsync("Home health aides; Certified nursing assistants");
        await Assertions.Expect(page.Locator("[data-field=PainPoints]")).ToHaveValueAsync("unpredictable schedules");
        await Assertions.Expect(page.Locator("[data-field=Aspirations]")).ToHaveValueAsync("a wage a family can live on");
        await Assertions.Expect(page.Locator("[data-field=Strategies]")).ToHaveValueAsync("Paid training cohorts; An employer pledge on schedules");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "HR practices" })).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".mud-navmenu [data-progress]").Filter(new() { HasText = "Value proposition" }))
            .ToHaveAttributeAsync("data-progress", "Done");

        await page.GotoAsync($"/plans/{planId}");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.Locator("li.journey-step[data-tool=value-proposition]")).ToHaveAttributeAsync("data-progress", "Done");

        await OpenToolAsync(page, planId, "canvas", "Job Quality Canvas");
        var seed = page.GetByRole(AriaRole.Button, new() { Name = "Seed from the value proposition" });
        var announcement = page.GetByTestId("canvas-announcement");
        await seed.ClickAsync();
        await Assertions.Expect(announcement).ToHaveTextAsync("Added 5 items from the value proposition.");
        (await ItemTextsAsync(page, CanvasSquare.Beneficiaries)).ShouldBe(["Home health aides", "Certified nursing assistants"]);
        (await ItemTextsAsync(page, CanvasSquare.KeyStrategies)).ShouldBe(["Paid training cohorts", "An employer pledge on schedules", "Lever: HR practices"]);

        await seed.ClickAsync();
        await Assertions.Expect(announcement).ToHaveTextAsync(new Regex("^Nothing new to add: 5 items"));
        (await ItemTextsAsync(page, CanvasSquare.Beneficiaries)).Count.ShouldBe(2);
        (await ItemTextsAsync(page, CanvasSquare.KeyStrategies)).Count.ShouldBe(3);
        await ReloadToolAsync(page, "Job Quality Canvas");
        (await ItemTextsAsync(page, CanvasSquare.Beneficiaries)).Count.ShouldBe(2);
        (await ItemTextsAsync(page, CanvasSquare.KeyStrategies)).Count.ShouldBe(3);
    }

    [Fact]
    public async Task TwoPeopleEditTheSameCanvasItem_TheSecondSeesBothVersionsInTheConflictDialog_AndTheMergeKeepsBoth()
    {
        var planId = await PlanWithItemsAsync("Conflict on the canvas", (CanvasSquare.KeyPartners, "Local hospitals"));
        var first = await NewPageAsync();
        var second = await NewPageAsync();
        await first.SignInAsync(Staff);
        await second.SignInAsync(Director);
        await first.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await second.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await OpenToolAsync(first, planId, "canvas", "Job Quality Canvas");
        await OpenToolAsync(second, planId, "canvas", "Job Quality Canvas");
        var secondItem = ItemFields(second, CanvasSquare.KeyPartners).First;
        await Assertions.Expect(secondItem).ToHaveValueAsync("Local hospitals");

        // Through the app, the first person's save would reach the second page live and reload it before they type. The
        // conflict dialog is the backstop for a save landing while someone types, or whose notice was lost: this one is
        // written straight to the database, which sends no notice.
        await using (var db = App.NewDbContext())
        {
            var item = await db.CanvasItems.SingleAsync(i => i.PlanId == planId);
            item.Text = "Local hospitals and clinics";
            await db.SaveChangesAsync();
        }

        await secondItem.FillAsync("Local hospitals and nursing homes");
        var dialog = second.GetByRole(AriaRole.Dialog, new() { Name = "Someone else changed this too" });
        await dialog.WaitForAsync();
        await Assertions.Expect(second.Locator(".save-indicator")).ToHaveAttributeAsync("data-state", "conflict");
        await Assertions.Expect(dialog).ToContainTextAsync("Their saved version");
        await Assertions.Expect(dialog.Locator(".conflict-text").First).ToHaveTextAsync("Local hospitals and clinics");
        await Assertions.Expect(dialog.Locator(".conflict-text").Nth(1)).ToHaveTextAsync("Local hospitals and nursing homes");
        await WaitForAnimationsAsync(second);
        await second.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await second.ScreenshotAsync("conflict-dialog");

        await dialog.GetByRole(AriaRole.Radio, new() { Name = "Merge" }).CheckAsync();
        var merged = dialog.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex("^Merged") });
        await Assertions.Expect(merged).ToHaveValueAsync("Local hospitals and clinics\nLocal hospitals and nursing homes");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save my choices" }).ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        await ShouldBeSavedAsync(second);
        await Assertions.Expect(second.Locator(".save-indicator")).ToContainTextAsync("together with someone else's");
        await WaitForStoredItemTextAsync(planId, "Local hospitals and clinics\nLocal hospitals and nursing homes");
        foreach (var page in new[] { first, second })
        {
            await ReloadToolAsync(page, "Job Quality Canvas");
            (await ItemTextsAsync(page, CanvasSquare.KeyPartners)).ShouldBe(["Local hospitals and clinics\nLocal hospitals and nursing homes"]);
        }
    }

    [Fact]
    public async Task Canvas_ByKeyboardOnly_AddsMovesAndDeletesItems()
    {
        var planId = await PlanWithItemsAsync("Canvas by keyboard");
        var page = await NewPageAsync();
        await page.SignInAsync(Staff);
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await OpenToolAsync(page, planId, "canvas", "Job Quality Canvas");

        // From the top of the page, Tab to the add field of Key Partners.
        await TabUntilAsync(page, "e => e.dataset.add === 'KeyPartners'");
        foreach (var text in new[] { "Regional hospital system", "Home care agencies", "Community college" })
        {
            await page.Keyboard.TypeAsync(text);
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(ItemFields(page, CanvasSquare.KeyPartners).Last).ToHaveValueAsync(text);
            await Assertions.Expect(page.Locator("[data-add=KeyPartners]")).ToHaveValueAsync("");
            await Assertions.Expect(page.Locator("[data-add=KeyPartners]")).ToBeFocusedAsync();
        }
        (await ItemTextsAsync(page, CanvasSquare.KeyPartners)).ShouldBe(["Regional hospital system", "Home care agencies", "Community college"]);

        // Back (Shift+Tab) into the first item, then move it down and up again with Alt+arrows.
        await TabUntilAsync(page, "e => e.dataset.field === 'canvas-item' && e.value === 'Regional hospital system'", backwards: true);
        await page.Keyboard.PressAsync("Alt+ArrowDown");
        await Assertions.Expect(ItemFields(page, CanvasSquare.KeyPartners).Nth(1)).ToHaveValueAsync("Regional hospital system");
        (await ItemTextsAsync(page, CanvasSquare.KeyPartners)).ShouldBe(["Home care agencies", "Regional hospital system", "Community college"]);
        await Assertions.Expect(ItemFields(page, CanvasSquare.KeyPartners).Nth(1)).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId("canvas-announcement")).ToContainTextAsync("to place 2 of 3 in Key Partners");

        await page.Keyboard.PressAsync("Alt+ArrowDown");
        await Assertions.Expect(ItemFields(page, CanvasSquare.KeyPartners).Nth(2)).ToHaveValueAsync("Regional hospital system");
        await Assertions.Expect(ItemFields(page, CanvasSquare.KeyPartners).Nth(2)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Alt+ArrowUp");
        await Assertions.Expect(ItemFields(page, CanvasSquare.KeyPartners).Nth(1)).ToHaveValueAsync("Regional hospital system");
        await Assertions.Expect(ItemFields(page, CanvasSquare.KeyPartners).Nth(1)).ToBeFocusedAsync();
        (await ItemTextsAsync(page, CanvasSquare.KeyPartners)).ShouldBe(["Home care agencies", "Regional hospital system", "Community college"]);

        // The Move down button moves it too, and keeps the keyboard on that button of the moved item.
        await TabUntilAsync(page, "e => (e.getAttribute('aria-label') || '').startsWith('Move down: “Regional hospital system”')");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(ItemFields(page, CanvasSquare.KeyPartners).Nth(2)).ToHaveValueAsync("Regional hospital system");
        // Now last, its Move down button is disabled: Move up has the focus.
        await Assertions.Expect(page.Locator("[data-move=up][aria-label^='Move up: “Regional hospital system”']")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(ItemFields(page, CanvasSquare.KeyPartners).Nth(1)).ToHaveValueAsync("Regional hospital system");
        await Assertions.Expect(page.Locator("[data-move=up][aria-label^='Move up: “Regional hospital system”']")).ToBeFocusedAsync();

        // Tab on to the item's Delete button and press Enter.
        await TabUntilAsync(page, "e => (e.getAttribute('aria-label') || '').startsWith('Delete: “Regional hospital system”')");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(ItemFields(page, CanvasSquare.KeyPartners)).ToHaveCountAsync(2);
        (await ItemTextsAsync(page, CanvasSquare.KeyPartners)).ShouldBe(["Home care agencies", "Community college"]);
        // The keyboard user stays in the square: on the item that took the deleted one's place.
        await Assertions.Expect(ItemFields(page, CanvasSquare.KeyPartners).Nth(1)).ToBeFocusedAsync();

        await ReloadToolAsync(page, "Job Quality Canvas");
        (await ItemTextsAsync(page, CanvasSquare.KeyPartners)).ShouldBe(["Home care agencies", "Community college"]);
    }

    [Theory]
    [InlineData("foundations", "Foundations")]
    [InlineData("team", "Team")]
    [InlineData("charter", "Project charter")]
    [InlineData("value-proposition", "Value proposition")]
    [InlineData("canvas", "Job Quality Canvas")]
    [InlineData("history", "History and snapshots")]
    public async Task ToolPage_OfTheExamplePlan_HasNoSeriousAccessibilityViolations(string tool, string title)
    {
        var planId = await ExamplePlanIdAsync();
        var page = await NewPageAsync();
        await page.SignInAsync(Staff);
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await OpenToolAsync(page, planId, tool, title);
        await WaitForAnimationsAsync(page);

        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync($"example-{tool}");
    }

    [Fact]
    public async Task Canvas_InTheDarkTheme_HasNoSeriousAccessibilityViolations()
    {
        var planId = await ExamplePlanIdAsync();
        var page = await NewPageAsync();
        await page.SignInAsync(Staff);
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await OpenToolAsync(page, planId, "canvas", "Job Quality Canvas");
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark theme" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to light theme" }).WaitForAsync();
        // Scan the settled page: colours animate for a moment after the switch.
        await page.WaitForFunctionAsync(
            "() => getComputedStyle(document.querySelector('.mud-button-outlined-primary')).color === 'rgb(156, 195, 255)'");
        await WaitForAnimationsAsync(page);

        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("example-canvas-dark");
    }

    [Fact]
    public async Task Partner_ReadsTheExamplePlansCanvasAndValueProposition_WithoutAnythingToEdit()
    {
        var planId = await ExamplePlanIdAsync();
        var page = await NewPageAsync();
        await page.SignInAsync(Partner);
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));

        await OpenToolAsync(page, planId, "canvas", "Job Quality Canvas");
        await page.GetByText("You can read this plan as a coalition partner").WaitForAsync();
        (await page.Locator(".canvas-item-text").CountAsync()).ShouldBeGreaterThan(5);
        await Assertions.Expect(page.GetByTestId("canvas-mission")).ToContainTextAsync("Boost job quality by");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Seed from the value proposition" }).CountAsync()).ShouldBe(0);
        (await page.Locator("[data-add]").CountAsync()).ShouldBe(0);
        (await EditableControlsAsync(page)).ShouldBe(0);
        await page.ScreenshotAsync("partner-canvas");

        await OpenToolAsync(page, planId, "value-proposition", "Value proposition");
        await Assertions.Expect(page.GetByTestId("vp-sentence")).Not.ToContainTextAsync("[");
        await Assertions.Expect(page.Locator("[data-field=TargetCustomers]")).Not.ToHaveValueAsync("");
        (await page.Locator(".save-indicator").CountAsync()).ShouldBe(0);
        (await EditableControlsAsync(page)).ShouldBe(0);
        await page.ScreenshotAsync("partner-value-proposition");
    }

    // ---- Helpers

    private static async Task OpenToolAsync(IPage page, object planId, string tool, string title)
    {
        await page.GotoAsync($"/plans/{planId}/{tool}");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = title, Exact = true }).WaitForAsync();
    }

    /// <summary>
    /// Reloads a tool page and waits for its content. When the circuit connects, the page loads its plan again and is
    /// blank for a moment (the prerendered content goes), so a live page alone is not enough: wait for the heading too.
    /// </summary>
    private static async Task ReloadToolAsync(IPage page, string title)
    {
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = title, Exact = true }).WaitForAsync();
    }

    /// <summary>
    /// Waits until the save indicator says everything is saved. Call it once the page shows that the last edit reached
    /// the server (from then on the indicator is "unsaved" until the save a second later).
    /// </summary>
    private static async Task ShouldBeSavedAsync(IPage page)
    {
        var indicator = page.Locator(".save-indicator");
        await Assertions.Expect(indicator).ToHaveAttributeAsync("data-state", "saved");
        await Assertions.Expect(indicator).ToContainTextAsync("All changes saved");
    }

    private static ILocator ItemFields(IPage page, CanvasSquare square) =>
        page.Locator($"section[data-square={square}] [data-field=canvas-item]");

    private static async Task<IReadOnlyList<string>> ItemTextsAsync(IPage page, CanvasSquare square) =>
        await ItemFields(page, square).EvaluateAllAsync<string[]>("els => els.map(e => e.value)");

    /// <summary>Presses Tab (or Shift+Tab) until the focused element matches; fails after 150 presses.</summary>
    private static async Task TabUntilAsync(IPage page, string predicate, bool backwards = false)
    {
        for (var i = 0; i < 150; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            if (await page.EvaluateAsync<bool>($"() => {{ const e = document.activeElement; return !!e && ({predicate})(e); }}")) return;
        }
        throw new ShouldAssertException($"Tabbing never reached an element matching {predicate}.");
    }

    private static Task WaitForAnimationsAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");

    /// <summary>Text boxes, check boxes and buttons in the page's main part that a user could change or press to edit.</summary>
    private static Task<int> EditableControlsAsync(IPage page) =>
        page.Locator("main").Locator("input:not([type=hidden]):not([readonly]):not([disabled]), textarea:not([readonly]):not([disabled])").CountAsync();

    private async Task<Guid> ExamplePlanIdAsync()
    {
        await using var db = App.NewDbContext();
        return await db.Plans.Where(p => p.Name == "Quality jobs in healthcare support").Select(p => p.Id).SingleAsync();
    }

    private async Task<Guid> PlanWithItemsAsync(string name, params (CanvasSquare Square, string Text)[] items)
    {
        await using var db = App.NewDbContext();
        var organization = await db.Organizations.SingleAsync(o => o.Slug == "metro-wdb");
        var plan = new Plan { OrganizationId = organization.Id, Name = name, TeamName = "Metro Coalition" };
        db.Plans.Add(plan);
        var position = 0;
        foreach (var (square, text) in items)
        {
            db.CanvasItems.Add(new CanvasItem { PlanId = plan.Id, Square = square, Text = text, Position = position++ });
        }
        await db.SaveChangesAsync();
        return plan.Id;
    }

    /// <summary>Waits (up to 15 seconds) until the plan's only canvas item holds the text in the database.</summary>
    private async Task WaitForStoredItemTextAsync(Guid planId, string expected)
    {
        var stored = "";
        for (var deadline = DateTime.UtcNow.AddSeconds(15); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            await using var db = App.NewDbContext();
            stored = await db.CanvasItems.Where(i => i.PlanId == planId).Select(i => i.Text).SingleAsync();
            if (stored == expected) return;
        }
        stored.ShouldBe(expected);
    }
}
