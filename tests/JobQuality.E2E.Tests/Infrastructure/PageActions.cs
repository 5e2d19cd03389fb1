using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace JobQuality.E2E.Tests.Infrastructure;

public static class PageActions
{
    public const string DemoPassword = "try-jobquality-demo";

    public static async Task SignInAsync(this IPage page, string email, string password = DemoPassword)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>
    /// Waits until the page is live (the Blazor circuit has connected): before that, a click on an interactive
    /// control is lost. The layout marks its main element once it renders interactively.
    /// </summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.Locator("main[data-circuit=ready]").WaitForAsync();

    /// <summary>
    /// Starts a plan from the organization's page with the "New plan" dialog and waits for the plan's page; returns its
    /// id. Typing starts once the dialog has finished opening and focused its first field (text typed during the
    /// fade-in can be lost), and the values are checked before "Create plan" is pressed.
    /// </summary>
    public static async Task<string> CreatePlanAsync(this IPage page, string name, string team, string? region = null)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "New plan" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.WaitForAsync();
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");
        await Assertions.Expect(dialog.GetByLabel("Plan name")).ToBeFocusedAsync();
        var fields = new List<(string Label, string Value)> { ("Plan name", name), ("Team name and homebase", team) };
        if (region is not null) fields.Add(("Region (optional)", region));
        foreach (var (label, value) in fields) await dialog.GetByLabel(label).FillAsync(value);
        foreach (var (label, value) in fields) await Assertions.Expect(dialog.GetByLabel(label)).ToHaveValueAsync(value);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();
        // Creating the plan and opening its page can take a while on a busy machine; the address is enough here (callers
        // wait for what they need on the page next).
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/plans/[0-9a-f-]{36}$"),
            new() { WaitUntil = WaitUntilState.Commit, Timeout = 45_000 });
        return page.Url[^36..];
    }

    private static AxeRunOptions WcagOptions => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    };

    /// <summary>Runs axe and fails with a readable list when it finds serious or critical WCAG violations.</summary>
    public static async Task ShouldHaveNoSeriousAccessibilityViolationsAsync(this IPage page) =>
        ShouldHaveNoSeriousViolations(await page.RunAxe(WcagOptions));

    /// <summary>The same scan for one part of a page (a panel), for a test about that part only.</summary>
    public static async Task ShouldHaveNoSeriousAccessibilityViolationsAsync(this ILocator part) =>
        ShouldHaveNoSeriousViolations(await part.RunAxe(WcagOptions));

    private static void ShouldHaveNoSeriousViolations(AxeResult result)
    {
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        serious.ShouldBeEmpty(string.Join("\n", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")));
    }

    /// <summary>
    /// Saves a screenshot for people to look at. The pointer moves to an empty corner first and animations are
    /// finished, so the picture shows the page at rest: no hover tooltip, no half-drawn click ripple.
    /// </summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var viewport = page.ViewportSize!;
        await page.Mouse.MoveAsync(viewport.Width - 1, viewport.Height - 1);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(RunningApp.ScreenshotDirectory, $"{name}.png"),
            FullPage = true,
            Animations = ScreenshotAnimations.Disabled,
        });
    }
}
