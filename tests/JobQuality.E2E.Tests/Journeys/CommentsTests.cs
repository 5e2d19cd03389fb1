using JobQuality.Core.Canvas;
using JobQuality.Core.Comments;
using JobQuality.Core.Plans;
using JobQuality.E2E.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace JobQuality.E2E.Tests.Journeys;

/// <summary>
/// Comments in a real browser: a coalition partner comments on a canvas square from its badge; a staff member, in a
/// browser of their own, opens the comments panel from the app bar, reads the thread and resolves it. Axe scans the
/// panel open, and screenshots show the badge and the panel.
/// </summary>
[Collection(RunningAppCollection.Name)]
public sealed class CommentsTests(RunningApp app) : BrowserTest(app)
{
    [Fact]
    public async Task PartnerCommentsOnASquare_StaffSeesItInThePanel_AndResolvesIt()
    {
        var planId = await PlanWithThePartnerAsync();

        var partner = await NewPageAsync();
        await partner.SignInAsync("partner@demo.jobquality.test");
        await partner.WaitForURLAsync("**/orgs/metro-wdb**");
        await OpenCanvasAsync(partner, planId);
        await partner.GetByRole(AriaRole.Button, new() { Name = "Comment on Key Partners", Exact = true }).ClickAsync();
        var panel = partner.Locator("#comments-panel");
        await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Comments on Key Partners" })).ToBeFocusedAsync();
        await panel.Locator("textarea[data-field=new-thread]").FillAsync("Should the community college be here? They run the CNA course.");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Assertions.Expect(panel.Locator("[data-thread] .comment-body")).ToHaveTextAsync("Should the community college be here? They run the CNA course.");
        await Assertions.Expect(partner.GetByRole(AriaRole.Button, new() { Name = "1 open comment on Key Partners", Exact = true })).ToBeVisibleAsync();
        await partner.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await partner.ScreenshotAsync("comments-panel-partner");

        var staff = await NewPageAsync();
        await staff.SignInAsync("staff@demo.jobquality.test");
        await staff.WaitForURLAsync("**/orgs/metro-wdb**");
        await OpenCanvasAsync(staff, planId);
        var badge = staff.GetByRole(AriaRole.Button, new() { Name = "1 open comment on Key Partners", Exact = true });
        await Assertions.Expect(badge).ToBeVisibleAsync();
        await staff.Locator("section[data-square=KeyPartners]").ScreenshotAsync(new() { Path = Path.Combine(RunningApp.ScreenshotDirectory, "comment-badge.png") });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Comments on this plan: 1 open" }).ClickAsync();
        var staffPanel = staff.Locator("#comments-panel");
        var thread = staffPanel.Locator("[data-thread]");
        await Assertions.Expect(thread.GetByRole(AriaRole.Link, new() { Name = "Key Partners" })).ToBeVisibleAsync();
        await Assertions.Expect(thread.Locator(".comment-meta strong")).ToHaveTextAsync("Pat Partner");
        await thread.GetByRole(AriaRole.Button, new() { Name = "Resolve…" }).ClickAsync();
        await thread.Locator("input[data-field=status-note]").FillAsync("Added Riverside Community College.");
        await thread.GetByRole(AriaRole.Button, new() { Name = "Resolve thread" }).ClickAsync();
        await Assertions.Expect(staffPanel.GetByTestId("comments-empty")).ToContainTextAsync("No open threads on this plan");
        await Assertions.Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Comments on Key Partners: none open, 1 resolved", Exact = true })).ToBeVisibleAsync();
        await staffPanel.Locator("[data-filter=Resolved]").ClickAsync();
        await Assertions.Expect(staffPanel.GetByTestId("resolution")).ToContainTextAsync("Added Riverside Community College.");
        await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await staff.ScreenshotAsync("comments-panel-resolved");

        await using var db = App.NewDbContext();
        var stored = await db.CommentThreads.SingleAsync(t => t.PlanId == planId);
        stored.Anchor.ShouldBe("canvas-square/KeyPartners");
        stored.Status.ShouldBe(CommentThreadStatus.Resolved);
    }

    [Fact]
    public async Task StaffWithTheCanvasOpen_SeesThePartnersCommentAppearLive_AndResolvesIt_AndBothSeeWhoElseIsHere()
    {
        var planId = await PlanWithThePartnerAsync();
        var staff = await NewPageAsync();
        await staff.SignInAsync("staff@demo.jobquality.test");
        await staff.WaitForURLAsync("**/orgs/metro-wdb**");
        await OpenCanvasAsync(staff, planId);
        var partner = await NewPageAsync();
        await partner.SignInAsync("partner@demo.jobquality.test");
        await partner.WaitForURLAsync("**/orgs/metro-wdb**");
        await OpenCanvasAsync(partner, planId);

        // Presence: each sees the other, by name, without reloading.
        await Assertions.Expect(staff.GetByTestId("also-here")).ToContainTextAsync("Pat Partner");
        await Assertions.Expect(partner.GetByTestId("also-here")).ToContainTextAsync("Sam Staff");

        await partner.GetByRole(AriaRole.Button, new() { Name = "Comment on Key Partners", Exact = true }).ClickAsync();
        var panel = partner.Locator("#comments-panel");
        await panel.Locator("textarea[data-field=new-thread]").FillAsync("Is the community college a partner yet?");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();

        // The staff page was not reloaded: its badge and the app bar's count follow within the second.
        var live = new LocatorAssertionsToBeVisibleOptions { Timeout = 3_000 };
        await Assertions.Expect(staff.GetByRole(AriaRole.Button, new() { Name = "1 open comment on Key Partners", Exact = true })).ToBeVisibleAsync(live);
        await Assertions.Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Comments on this plan: 1 open" })).ToBeVisibleAsync(live);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Comments on this plan: 1 open" }).ClickAsync();
        var thread = staff.Locator("#comments-panel [data-thread]");
        await Assertions.Expect(thread.Locator(".comment-body")).ToHaveTextAsync("Is the community college a partner yet?");
        await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await staff.ScreenshotAsync("comments-live-staff");
        await thread.GetByRole(AriaRole.Button, new() { Name = "Resolve…" }).ClickAsync();
        await thread.Locator("input[data-field=status-note]").FillAsync("Yes, since March.");
        await thread.GetByRole(AriaRole.Button, new() { Name = "Resolve thread" }).ClickAsync();

        // And the partner's open panel and badge follow the resolution.
        await Assertions.Expect(partner.GetByRole(AriaRole.Button, new() { Name = "Comments on Key Partners: none open, 1 resolved", Exact = true }))
            .ToBeVisibleAsync(live);
        await partner.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task PartnerDiscussesTheBaselineFromThePlan_StaffFindsTheThreadFromTheBoardsBaseline()
    {
        var planId = await PlanWithThePartnerAsync();
        var partner = await NewPageAsync();
        await partner.SignInAsync("partner@demo.jobquality.test");
        await partner.WaitForURLAsync("**/orgs/metro-wdb**");
        await partner.GotoAsync($"/plans/{planId}");
        await partner.WaitForCircuitAsync();

        // From the plan, the menu's Baseline keeps the plan: the figures are the board's, the conversation the plan's.
        var baselineLink = partner.GetByRole(AriaRole.Link, new() { Name = "Baseline", Exact = true });
        await Assertions.Expect(baselineLink).ToHaveAttributeAsync("href", $"plans/{planId}/baseline");
        await baselineLink.ClickAsync();
        await partner.WaitForURLAsync($"**/plans/{planId}/baseline");
        await Assertions.Expect(partner.GetByTestId("baseline-discussion")).ToContainTextAsync("You are looking at these figures from the plan");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Comment on the baseline", Exact = true }).ClickAsync();
        var panel = partner.Locator("#comments-panel");
        await panel.Locator("textarea[data-field=new-thread]").FillAsync("Home care placements look low on benefits. Can we see them by employer?");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Assertions.Expect(panel.Locator("[data-thread] .comment-body")).ToContainTextAsync("Can we see them by employer?");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Close the comments panel" }).ClickAsync();
        await Assertions.Expect(panel).ToBeHiddenAsync();
        await Assertions.Expect(partner.GetByRole(AriaRole.Button, new() { Name = "1 open comment on the baseline", Exact = true })).ToBeVisibleAsync();
        await partner.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await partner.ScreenshotAsync("baseline-from-plan");

        // Staff on the board's baseline are pointed to the plan, where the thread waits.
        var staff = await NewPageAsync();
        await staff.SignInAsync("staff@demo.jobquality.test");
        await staff.WaitForURLAsync("**/orgs/metro-wdb**");
        await staff.GotoAsync("/orgs/metro-wdb/baseline");
        await staff.WaitForCircuitAsync();
        var planName = await partner.GetByTestId("baseline-discussion").GetByRole(AriaRole.Link).InnerTextAsync();
        await staff.GetByTestId("baseline-discuss-in").GetByRole(AriaRole.Link, new() { Name = planName, Exact = true }).ClickAsync();
        await staff.WaitForURLAsync($"**/plans/{planId}/baseline");
        // The page has settled into the plan (live updates followed: the partner shows as here) before the badge is used.
        await Assertions.Expect(staff.GetByTestId("also-here")).ToContainTextAsync("Pat Partner");
        await staff.GetByRole(AriaRole.Button, new() { Name = "1 open comment on the baseline", Exact = true }).ClickAsync();
        await Assertions.Expect(staff.Locator("#comments-panel")).ToBeVisibleAsync();
        await Assertions.Expect(staff.Locator("#comments-panel [data-thread] .comment-body")).ToContainTextAsync("Can we see them by employer?");
        await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    }

    private static async Task OpenCanvasAsync(IPage page, Guid planId)
    {
        await page.GotoAsync($"/plans/{planId}/canvas");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Job Quality Canvas", Exact = true }).WaitForAsync();
    }

    /// <summary>A new plan of the demo board with the demo partner added to it.</summary>
    private async Task<Guid> PlanWithThePartnerAsync()
    {
        await using var db = App.NewDbContext();
        var organization = await db.Organizations.SingleAsync(o => o.Slug == "metro-wdb");
        var partnerId = await db.Users.Where(u => u.Email == "partner@demo.jobquality.test").Select(u => u.Id).SingleAsync();
        var plan = new Plan { OrganizationId = organization.Id, Name = $"Comments {Guid.NewGuid():N}"[..30], TeamName = "Metro Coalition" };
        db.Plans.Add(plan);
        db.PlanMembers.Add(new PlanMember { PlanId = plan.Id, UserId = partnerId });
        db.CanvasItems.Add(new CanvasItem { PlanId = plan.Id, Square = CanvasSquare.KeyPartners, Text = "Home care agencies" });
        await db.SaveChangesAsync();
        return plan.Id;
    }
}
