using JobQuality.Core.Canvas;
using JobQuality.Core.Plans;
using JobQuality.E2E.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace JobQuality.E2E.Tests.Journeys;

/// <summary>
/// The inbox in a real browser: a staff member mentions the partner in a comment; the partner, signed in elsewhere,
/// sees the count on the bell without reloading, opens the inbox (scanned by axe), follows the notification to the
/// canvas with the comments panel open on the thread, and reads the plan's activity (scanned too).
/// </summary>
[Collection(RunningAppCollection.Name)]
public sealed class InboxTests(RunningApp app) : BrowserTest(app)
{
    [Fact]
    public async Task StaffMentionsPartner_PartnerSeesTheBellCountLive_AndFollowsTheNotificationToTheThread()
    {
        var (planId, partnerId) = await PlanWithThePartnerAsync();

        // The partner is already signed in, on another page, before the mention is written.
        var partner = await NewPageAsync();
        await partner.SignInAsync("partner@demo.jobquality.test");
        await partner.WaitForURLAsync("**/orgs/metro-wdb**");
        await partner.WaitForCircuitAsync();
        await Assertions.Expect(partner.GetByRole(AriaRole.Link, new() { Name = "Inbox, no unread notifications", Exact = true })).ToBeVisibleAsync();

        var staff = await NewPageAsync();
        await staff.SignInAsync("staff@demo.jobquality.test");
        await staff.WaitForURLAsync("**/orgs/metro-wdb**");
        await staff.GotoAsync($"/plans/{planId}/canvas");
        await staff.WaitForCircuitAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Comment on Key Partners", Exact = true }).ClickAsync();
        var panel = staff.Locator("#comments-panel");
        var box = panel.Locator("textarea[data-field=new-thread]");
        await box.PressSequentiallyAsync("@Pat");
        await panel.Locator($"[data-mention='{partnerId}']").ClickAsync();
        await box.PressSequentiallyAsync(" could the union host the first meeting?");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Assertions.Expect(panel.Locator("[data-thread] .comment-body")).ToContainTextAsync("could the union host the first meeting?");

        // The partner's bell counts it without a reload.
        var bell = partner.GetByRole(AriaRole.Link, new() { Name = "Inbox, 1 unread", Exact = true });
        await Assertions.Expect(bell).ToBeVisibleAsync(new() { Timeout = 3_000 });
        await bell.ClickAsync();
        await partner.WaitForURLAsync("**/inbox");
        await partner.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Inbox", Exact = true }).WaitForAsync();
        var item = partner.GetByTestId("notification");
        await Assertions.Expect(item).ToContainTextAsync("mentioned you in a comment");
        await Assertions.Expect(item).ToContainTextAsync("could the union host the first meeting?");
        await partner.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await partner.ScreenshotAsync("inbox");

        // Opening it lands on the canvas with the comments panel open on that very thread, which has the keyboard.
        await item.GetByRole(AriaRole.Button, new() { Name = "Open Key Partners in", Exact = false }).ClickAsync();
        await partner.WaitForURLAsync($"**/plans/{planId}/canvas?thread=*");
        await partner.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Job Quality Canvas", Exact = true }).WaitForAsync();
        var linked = partner.Locator("#comments-panel [data-thread][aria-current=true]");
        await Assertions.Expect(linked).ToBeFocusedAsync();
        await Assertions.Expect(linked.Locator(".comment-body")).ToContainTextAsync("could the union host the first meeting?");
        await Assertions.Expect(partner.GetByRole(AriaRole.Link, new() { Name = "Inbox, no unread notifications", Exact = true })).ToBeVisibleAsync();
        await partner.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await partner.ScreenshotAsync("notification-opens-thread");
        await partner.Keyboard.PressAsync("Escape");

        await partner.GetByRole(AriaRole.Link, new() { Name = "Activity", Exact = true }).ClickAsync();
        await partner.WaitForURLAsync($"**/plans/{planId}/activity");
        await partner.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Activity", Exact = true }).WaitForAsync();
        await Assertions.Expect(partner.GetByTestId("activity")).ToHaveCountAsync(1);
        await Assertions.Expect(partner.GetByTestId("activity")).ToContainTextAsync("started a conversation on Key Partners");
        await partner.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await partner.ScreenshotAsync("plan-activity");
    }

    /// <summary>A new plan of the demo board with the demo partner added to it; the partner's earlier notifications read.</summary>
    private async Task<(Guid PlanId, string PartnerId)> PlanWithThePartnerAsync()
    {
        await using var db = App.NewDbContext();
        var organization = await db.Organizations.SingleAsync(o => o.Slug == "metro-wdb");
        var partnerId = await db.Users.Where(u => u.Email == "partner@demo.jobquality.test").Select(u => u.Id).SingleAsync();
        await db.Notifications.Where(n => n.RecipientId == partnerId).ExecuteDeleteAsync();
        var plan = new Plan { OrganizationId = organization.Id, Name = $"Inbox {Guid.NewGuid():N}"[..30], TeamName = "Metro Coalition" };
        db.Plans.Add(plan);
        db.PlanMembers.Add(new PlanMember { PlanId = plan.Id, UserId = partnerId });
        db.CanvasItems.Add(new CanvasItem { PlanId = plan.Id, Square = CanvasSquare.KeyPartners, Text = "Home care agencies" });
        await db.SaveChangesAsync();
        return (plan.Id, partnerId);
    }
}
