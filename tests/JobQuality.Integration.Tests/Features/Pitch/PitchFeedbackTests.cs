using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.Canvas;
using JobQuality.Core.History;
using JobQuality.Core.Organizations;
using JobQuality.Core.Pitch;
using JobQuality.Core.Plans;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Pitch;

public sealed class PitchFeedbackTests(AppFactory app) : AppTest(app)
{
    private static async Task<Session> AddSessionAsync(Browser browser, Guid planId, string audience = "Employer breakfast", Guid? snapshotId = null)
    {
        var response = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/pitch/sessions", new { audience, heldOn = "2026-10-08", snapshotId });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Session>())!;
    }

    private static async Task<Feedback> AddFeedbackAsync(Browser browser, Guid planId, Guid sessionId, string dimension, string text)
    {
        var response = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/pitch/sessions/{sessionId}/feedback", new { dimension, text });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Feedback>())!;
    }

    private async Task<Guid> SnapshotAsync(Guid planId, string name)
    {
        await using var db = App.NewDbContext();
        var snapshot = new PlanSnapshot { PlanId = planId, Name = name, TakenAt = DateTimeOffset.UtcNow };
        db.PlanSnapshots.Add(snapshot);
        await db.SaveChangesAsync();
        return snapshot.Id;
    }

    [Fact]
    public async Task RecordSessionAndFeedback_ReadBack_WithSnapshotAndHistory()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var snapshotId = await SnapshotAsync(planId, "As pitched in October");
        var session = await AddSessionAsync(browser, planId, "  Employer breakfast ", snapshotId);
        await AddFeedbackAsync(browser, planId, session.Id, "Feasibility", " Schedules two weeks ahead are hard. ");
        await AddFeedbackAsync(browser, planId, session.Id, "Clarity", "Say what predictable scheduling means.");

        var page = await browser.Client.GetFromJsonAsync<PageView>($"/api/plans/{planId}/pitch");

        var read = page!.Sessions.ShouldHaveSingleItem();
        read.Session.Audience.ShouldBe("Employer breakfast");
        read.Session.SnapshotId.ShouldBe(snapshotId);
        page.Snapshots.ShouldHaveSingleItem().Name.ShouldBe("As pitched in October");
        read.Feedback.Select(f => (f.Dimension, f.Text)).ShouldBe(
            [("Clarity", "Say what predictable scheduling means."), ("Feasibility", "Schedules two weeks ahead are hard.")]);
        await using var db = App.NewDbContext();
        (await db.ChangeRecords.CountAsync(c => c.PlanId == planId && c.EntityType == nameof(PitchFeedback))).ShouldBe(2);
        (await db.ChangeRecords.CountAsync(c => c.PlanId == planId && c.EntityType == nameof(PitchSession))).ShouldBe(1);
    }

    [Fact]
    public async Task ApplyingFeedbackAsANewItem_AddsItToTheSquare_LinkedBothWays()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var session = await AddSessionAsync(browser, planId, "Listening session with aides");
        var feedback = await AddFeedbackAsync(browser, planId, session.Id, "BlindSpots", "Nobody mentioned childcare.");

        var response = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/pitch/feedback/{feedback.Id}/apply",
            new { version = feedback.Version, square = "KeyStrategies", text = "Childcare stipends for bridge learners" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = (await response.Content.ReadFromJsonAsync<ApplyResult>())!;
        result.Feedback.AppliedTo!.SquareTitle.ShouldBe("Key Strategies");
        result.Feedback.AppliedTo.Text.ShouldBe("Childcare stipends for bridge learners");

        var canvas = await browser.Client.GetFromJsonAsync<CanvasView>($"/api/plans/{planId}/canvas");
        var item = canvas!.Squares.Single(s => s.Square == "KeyStrategies").Items.ShouldHaveSingleItem();
        item.Text.ShouldBe("Childcare stipends for bridge learners");
        var origin = canvas.Origins.ShouldHaveSingleItem();
        origin.ItemId.ShouldBe(item.Id);
        origin.FeedbackId.ShouldBe(feedback.Id);
        origin.Audience.ShouldBe("Listening session with aides");

        var page = await browser.Client.GetFromJsonAsync<PageView>($"/api/plans/{planId}/pitch");
        page!.Sessions.Single().Feedback.Single().AppliedTo!.ItemId.ShouldBe(item.Id);
        await using var db = App.NewDbContext();
        (await db.ChangeRecords.CountAsync(c => c.EntityType == nameof(CanvasItem) && c.Kind == ChangeKind.Added)).ShouldBe(1);
    }

    [Fact]
    public async Task ApplyingFeedbackToAnExistingItem_RewordsIt_AndMarksIt()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var item = await AddItemAsync(planId, CanvasSquare.ImplementationAndLaunch, "First bridge cohort in fall 2027");
        var session = await AddSessionAsync(browser, planId);
        var feedback = await AddFeedbackAsync(browser, planId, session.Id, "Feasibility", "Day classes do not work for day-shift aides.");

        var response = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/pitch/feedback/{feedback.Id}/apply",
            new { version = feedback.Version, itemId = item.Id, itemVersion = item.Version, text = "First bridge cohort in fall 2027, evening classes" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await using var db = App.NewDbContext();
        var stored = await db.CanvasItems.SingleAsync();
        stored.Id.ShouldBe(item.Id);
        stored.Text.ShouldBe("First bridge cohort in fall 2027, evening classes");
        (await db.PitchFeedback.SingleAsync()).AppliedItemId.ShouldBe(item.Id);
        var canvas = await browser.Client.GetFromJsonAsync<CanvasView>($"/api/plans/{planId}/canvas");
        canvas!.Origins.ShouldHaveSingleItem().ItemId.ShouldBe(item.Id);
    }

    [Fact]
    public async Task ApplyingToAnItemSomeoneChanged_IsAConflict_AndNothingIsWritten()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var item = await AddItemAsync(planId, CanvasSquare.KeyPartners, "County college");
        var session = await AddSessionAsync(browser, planId);
        var feedback = await AddFeedbackAsync(browser, planId, session.Id, "Audience", "Invite the hospital too.");
        var edit = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/canvas/items/{item.Id}", new { version = item.Version, text = "Metro Community College" });
        edit.StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/pitch/feedback/{feedback.Id}/apply",
            new { version = feedback.Version, itemId = item.Id, itemVersion = item.Version, text = "County college and the hospital" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<ApplyResult>())!.Item!.Text.ShouldBe("Metro Community College");
        await using var db = App.NewDbContext();
        (await db.CanvasItems.SingleAsync()).Text.ShouldBe("Metro Community College");
        (await db.PitchFeedback.SingleAsync()).AppliedItemId.ShouldBeNull();
    }

    [Fact]
    public async Task SavingFromAStaleVersion_IsAConflict_ForSessionsAndFeedback()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var session = await AddSessionAsync(browser, planId);
        var feedback = await AddFeedbackAsync(browser, planId, session.Id, "Clarity", "First wording");
        (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/pitch/sessions/{session.Id}",
            new { version = session.Version, audience = "Employer breakfast, October", heldOn = "2026-10-08" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/pitch/feedback/{feedback.Id}",
            new { version = feedback.Version, dimension = "Clarity", text = "Second wording" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var staleSession = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/pitch/sessions/{session.Id}",
            new { version = session.Version, audience = "Stale", heldOn = "2026-10-08" });
        var staleFeedback = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/pitch/feedback/{feedback.Id}",
            new { version = feedback.Version, dimension = "Clarity", text = "Stale" });
        var staleDelete = await browser.Client.DeleteAsync($"/api/plans/{planId}/pitch/feedback/{feedback.Id}?version={feedback.Version}");

        staleSession.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await staleSession.Content.ReadFromJsonAsync<Session>())!.Audience.ShouldBe("Employer breakfast, October");
        staleFeedback.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        staleDelete.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await using var db = App.NewDbContext();
        (await db.PitchFeedback.SingleAsync()).Text.ShouldBe("Second wording");
    }

    [Fact]
    public async Task DeletingASession_DeletesItsFeedback_ButKeepsTheCanvasItem()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var session = await AddSessionAsync(browser, planId);
        var feedback = await AddFeedbackAsync(browser, planId, session.Id, "IntendedImpact", "Measure take-home pay.");
        (await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/pitch/feedback/{feedback.Id}/apply",
            new { version = feedback.Version, square = "ImpactMeasures", text = "Take-home pay after 12 months" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var deleted = await browser.Client.DeleteAsync($"/api/plans/{planId}/pitch/sessions/{session.Id}?version={session.Version}");

        deleted.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = App.NewDbContext();
        (await db.PitchSessions.CountAsync()).ShouldBe(0);
        (await db.PitchFeedback.CountAsync()).ShouldBe(0);
        (await db.CanvasItems.SingleAsync()).Text.ShouldBe("Take-home pay after 12 months");
        (await db.ChangeRecords.CountAsync(c => c.EntityType == nameof(PitchFeedback) && c.Kind == ChangeKind.Deleted)).ShouldBe(1);
    }

    [Fact]
    public async Task InvalidInput_IsRefused_WithMessages()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var session = await AddSessionAsync(browser, planId);
        var south = await Data.OrganizationAsync("south");
        var otherPlan = await Data.PlanAsync(south, "South plan");
        var theirSnapshot = await SnapshotAsync(otherPlan.Id, "Theirs");

        var noAudience = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/pitch/sessions", new { audience = " ", heldOn = "2026-10-08" });
        var foreignSnapshot = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/pitch/sessions", new { audience = "x", heldOn = "2026-10-08", snapshotId = theirSnapshot });
        var noDimension = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/pitch/sessions/{session.Id}/feedback", new { text = "x" });
        var tooLong = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/pitch/sessions/{session.Id}/feedback",
            new { dimension = "Clarity", text = new string('x', PitchFeedback.TextMaxLength + 1) });

        noAudience.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        foreignSnapshot.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await foreignSnapshot.Content.ReadAsStringAsync()).ShouldContain("this plan's snapshots");
        noDimension.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = App.NewDbContext();
        (await db.PitchSessions.CountAsync(s => s.PlanId == planId)).ShouldBe(1);
        (await db.PitchFeedback.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task PartnerOnThePlan_CanReadButNotWrite()
    {
        var (browser, planId) = await SignedInWithAPlanAsync(OrganizationRole.Partner);
        using var _ = browser;
        var (sessionId, feedbackId) = await SeedPitchAsync(planId);

        (await browser.Client.GetAsync($"/api/plans/{planId}/pitch")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/pitch/sessions", new { audience = "x", heldOn = "2026-10-08" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/pitch/sessions/{sessionId}", new { version = 0, audience = "x", heldOn = "2026-10-08" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.DeleteAsync($"/api/plans/{planId}/pitch/sessions/{sessionId}?version=0")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/pitch/sessions/{sessionId}/feedback", new { dimension = "Clarity", text = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/pitch/feedback/{feedbackId}", new { version = 0, dimension = "Clarity", text = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.DeleteAsync($"/api/plans/{planId}/pitch/feedback/{feedbackId}?version=0")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/pitch/feedback/{feedbackId}/apply", new { version = 0, square = "KeyPartners", text = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var db = App.NewDbContext();
        (await db.PitchFeedback.SingleAsync()).Text.ShouldBe("Their feedback");
        (await db.CanvasItems.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task StaffOfAnotherOrganization_GetsNotFound_OnEveryEndpoint()
    {
        var (browser, myPlanId) = await SignedInWithAPlanAsync();
        using var __ = browser;
        var south = await Data.OrganizationAsync("south");
        var otherPlan = await Data.PlanAsync(south, "South plan");
        var (sessionId, feedbackId) = await SeedPitchAsync(otherPlan.Id);
        var theirItem = await AddItemAsync(otherPlan.Id, CanvasSquare.KeyPartners, "Their partner");
        var myItem = await AddItemAsync(myPlanId, CanvasSquare.KeyPartners, "My partner");
        var mySession = await AddSessionAsync(browser, myPlanId);
        var myFeedback = await AddFeedbackAsync(browser, myPlanId, mySession.Id, "Clarity", "Mine");

        var other = otherPlan.Id;
        (await browser.Client.GetAsync($"/api/plans/{other}/pitch")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{other}/pitch/sessions", new { audience = "x", heldOn = "2026-10-08" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PutAsJsonAsync($"/api/plans/{other}/pitch/sessions/{sessionId}", new { version = 0, audience = "x", heldOn = "2026-10-08" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.DeleteAsync($"/api/plans/{other}/pitch/sessions/{sessionId}?version=0")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{other}/pitch/sessions/{sessionId}/feedback", new { dimension = "Clarity", text = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PutAsJsonAsync($"/api/plans/{other}/pitch/feedback/{feedbackId}", new { version = 0, dimension = "Clarity", text = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.DeleteAsync($"/api/plans/{other}/pitch/feedback/{feedbackId}?version=0")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{other}/pitch/feedback/{feedbackId}/apply", new { version = 0, square = "KeyPartners", text = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Their ids through my plan: not found either (the id must belong to the plan in the URL).
        (await browser.Client.PutAsJsonAsync($"/api/plans/{myPlanId}/pitch/sessions/{sessionId}", new { version = 0, audience = "x", heldOn = "2026-10-08" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.DeleteAsync($"/api/plans/{myPlanId}/pitch/sessions/{sessionId}?version=0")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{myPlanId}/pitch/sessions/{sessionId}/feedback", new { dimension = "Clarity", text = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PutAsJsonAsync($"/api/plans/{myPlanId}/pitch/feedback/{feedbackId}", new { version = 0, dimension = "Clarity", text = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.DeleteAsync($"/api/plans/{myPlanId}/pitch/feedback/{feedbackId}?version=0")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{myPlanId}/pitch/feedback/{feedbackId}/apply", new { version = 0, square = "KeyPartners", text = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // My feedback applied to their canvas item: not found, and their item is untouched.
        (await browser.Client.PostAsJsonAsync($"/api/plans/{myPlanId}/pitch/feedback/{myFeedback.Id}/apply",
            new { version = myFeedback.Version, itemId = theirItem.Id, itemVersion = theirItem.Version, text = "Hijacked" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var db = App.NewDbContext();
        (await db.PitchFeedback.SingleAsync(f => f.Id == feedbackId)).Text.ShouldBe("Their feedback");
        (await db.CanvasItems.SingleAsync(i => i.Id == theirItem.Id)).Text.ShouldBe("Their partner");
        (await db.CanvasItems.SingleAsync(i => i.Id == myItem.Id)).Text.ShouldBe("My partner");
    }

    [Fact]
    public async Task Progress_FollowsSessionsFeedbackAndApplying()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        async Task<ToolProgress> ProgressAsync()
        {
            await using var db = App.NewDbContext();
            return (await JobQuality.Web.Features.Workbook.JourneyProgress.ForPlanAsync(db, planId))[PitchFeedbackTool.ToolKey];
        }

        (await ProgressAsync()).ShouldBe(ToolProgress.NotStarted);
        var session = await AddSessionAsync(browser, planId);
        var feedback = await AddFeedbackAsync(browser, planId, session.Id, "Clarity", "Plain words please.");
        (await ProgressAsync()).ShouldBe(ToolProgress.InProgress);
        await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/pitch/feedback/{feedback.Id}/apply",
            new { version = feedback.Version, square = "KeyStrategies", text = "Plain-language one-pager" });
        (await ProgressAsync()).ShouldBe(ToolProgress.Done);
    }

    private async Task<(Guid SessionId, Guid FeedbackId)> SeedPitchAsync(Guid planId)
    {
        await using var db = App.NewDbContext();
        var session = new PitchSession { PlanId = planId, Audience = "Their pitch", HeldOn = new DateOnly(2026, 9, 1) };
        var feedback = new PitchFeedback { PlanId = planId, SessionId = session.Id, Dimension = PitchDimension.Clarity, Text = "Their feedback" };
        db.PitchSessions.Add(session);
        db.PitchFeedback.Add(feedback);
        await db.SaveChangesAsync();
        return (session.Id, feedback.Id);
    }

    private async Task<CanvasItem> AddItemAsync(Guid planId, CanvasSquare square, string text)
    {
        await using var db = App.NewDbContext();
        var item = new CanvasItem { PlanId = planId, Square = square, Text = text };
        db.CanvasItems.Add(item);
        await db.SaveChangesAsync();
        return item;
    }

    private sealed record Session(Guid Id, string Audience, DateOnly HeldOn, Guid? SnapshotId, uint Version);

    private sealed record Applied(Guid ItemId, string Square, string SquareTitle, string Text);

    private sealed record Feedback(Guid Id, Guid SessionId, string Dimension, string Text, Applied? AppliedTo, uint Version);

    private sealed record SessionWithFeedback(Session Session, List<Feedback> Feedback);

    private sealed record Snapshot(Guid Id, string Name);

    private sealed record PageView(List<SessionWithFeedback> Sessions, List<Snapshot> Snapshots);

    private sealed record Item(Guid Id, string Square, string Text, int Position, uint Version);

    private sealed record ApplyResult(Feedback Feedback, Item? Item);

    private sealed record SquareView(string Square, List<Item> Items);

    private sealed record Origin(Guid ItemId, Guid FeedbackId, string Audience, DateOnly HeldOn);

    private sealed record CanvasView(List<SquareView> Squares, List<Origin> Origins);
}
