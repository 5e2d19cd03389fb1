using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.ActionPlans;
using JobQuality.Core.Canvas;
using JobQuality.Core.Organizations;
using JobQuality.Core.Worksheets;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static JobQuality.Integration.Tests.Features.Comments.CommentsTests;

namespace JobQuality.Integration.Tests.Features.Comments;

/// <summary>
/// Who reaches which comments: a partner comments on the plan they were added to, and gets "not found" for another
/// plan's threads and comments on every endpoint that takes an id, whichever way the ids are combined.
/// </summary>
public sealed class CommentAccessTests(AppFactory app) : AppTest(app)
{
    [Fact]
    public async Task Partner_CommentsOnTheirPlan_ButCannotEditThePlan()
    {
        var (partner, planId) = await SignedInWithAPlanAsync(OrganizationRole.Partner);
        using var _ = partner;

        var thread = await StartAsync(partner, planId, "canvas-square/Beneficiaries", "Home care aides should be named here.");
        var list = await partner.Client.GetFromJsonAsync<ThreadsDto>($"/api/plans/{planId}/comments");
        var editPlan = await partner.Client.PostAsJsonAsync($"/api/plans/{planId}/canvas/items", new { square = "Beneficiaries", text = "Home care aides" });

        thread.Comments.ShouldHaveSingleItem().CanEdit.ShouldBeTrue();
        list!.CanComment.ShouldBeTrue();
        list.Threads.ShouldHaveSingleItem().Id.ShouldBe(thread.Id);
        editPlan.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Partner_GetsNotFound_ForAnotherPlansThreadsAndComments_OnEveryEndpoint()
    {
        // The partner's own plan, and a plan of the same board they were not added to, with a thread by staff.
        var board = await Data.OrganizationAsync("north");
        var partnerUser = await Data.UserAsync("ana@union.test", board, OrganizationRole.Partner);
        var staffUser = await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var mine = await Data.PlanAsync(board, "My plan", partnerUser);
        var theirs = await Data.PlanAsync(board, "Their plan");
        using var staff = NewBrowser();
        await staff.SignInOrFailAsync("kim@north.test");
        var hidden = await StartAsync(staff, theirs.Id, "team", "Internal: budget worries.");
        var hiddenComment = hidden.Comments[0];
        using var partner = NewBrowser();
        await partner.SignInOrFailAsync("ana@union.test");
        var own = await StartAsync(partner, mine.Id, "team", "Hello");

        var requests = new List<(string What, Func<Task<HttpResponseMessage>> Send)>();
        foreach (var planId in new[] { theirs.Id, mine.Id })
        {
            var through = planId == mine.Id ? "through my plan" : "on their plan";
            var thread = hidden.Id;
            var comment = hiddenComment.Id;
            if (planId == theirs.Id)
            {
                requests.Add(($"list {through}", () => partner.Client.GetAsync($"/api/plans/{planId}/comments?status=all")));
                requests.Add(($"counts {through}", () => partner.Client.GetAsync($"/api/plans/{planId}/comments/counts")));
                requests.Add(($"members {through}", () => partner.Client.GetAsync($"/api/plans/{planId}/comments/members")));
                requests.Add(($"start {through}", () => partner.Client.PostAsJsonAsync($"/api/plans/{planId}/comments", new { anchor = "team", body = "x" })));
            }
            requests.Add(($"read thread {through}", () => partner.Client.GetAsync($"/api/plans/{planId}/comments/{thread}")));
            requests.Add(($"reply {through}", () => partner.Client.PostAsJsonAsync($"/api/plans/{planId}/comments/{thread}/messages", new { body = "x" })));
            requests.Add(($"edit {through}", () => partner.Client.PutAsJsonAsync($"/api/plans/{planId}/comments/{thread}/messages/{comment}", new { version = hiddenComment.Version, body = "x" })));
            requests.Add(($"delete {through}", () => partner.Client.DeleteAsync($"/api/plans/{planId}/comments/{thread}/messages/{comment}?version={hiddenComment.Version}")));
            requests.Add(($"resolve {through}", () => partner.Client.PostAsJsonAsync($"/api/plans/{planId}/comments/{thread}/resolve", new { version = hidden.Version })));
            requests.Add(($"reopen {through}", () => partner.Client.PostAsJsonAsync($"/api/plans/{planId}/comments/{thread}/reopen", new { version = hidden.Version })));
        }
        // Their comment under my own thread's id.
        requests.Add(("edit their comment under my thread", () => partner.Client.PutAsJsonAsync(
            $"/api/plans/{mine.Id}/comments/{own.Id}/messages/{hiddenComment.Id}", new { version = hiddenComment.Version, body = "x" })));
        requests.Add(("delete their comment under my thread", () => partner.Client.DeleteAsync(
            $"/api/plans/{mine.Id}/comments/{own.Id}/messages/{hiddenComment.Id}?version={hiddenComment.Version}")));

        foreach (var (what, send) in requests)
        {
            var response = await send();
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, what);
        }
        await using var db = App.NewDbContext();
        var stored = await db.CommentThreads.Include(t => t.Comments).SingleAsync(t => t.Id == hidden.Id);
        stored.Comments.ShouldHaveSingleItem().Body.ShouldBe("Internal: budget worries.");
        stored.Status.ShouldBe(Core.Comments.CommentThreadStatus.Open);
        staffUser.ShouldNotBeNull();
    }

    [Fact]
    public async Task AnchorOnARowOfAnotherPlan_IsNotFound_ForEveryKindOfRow()
    {
        var (browser, planId) = await SignedInWithAPlanAsync(OrganizationRole.Partner);
        using var _ = browser;
        await using var setup = App.NewDbContext();
        var board = await setup.Organizations.SingleAsync();
        var other = await Data.PlanAsync(board, "Other plan");
        var item = new CanvasItem { PlanId = other.Id, Square = CanvasSquare.KeyAssets, Text = "Grant" };
        var need = new DataNeed { PlanId = other.Id, DataType = "Wages" };
        var difference = new KeyDifference { PlanId = other.Id, Difference = "More stable schedules" };
        var indicator = new SuccessIndicator { PlanId = other.Id, KeyDifferenceId = difference.Id, Text = "Share with 30+ hours" };
        var session = new Core.Pitch.PitchSession { PlanId = other.Id, Audience = "Board", HeldOn = new DateOnly(2026, 11, 2) };
        var feedback = new Core.Pitch.PitchFeedback { PlanId = other.Id, SessionId = session.Id, Text = "Too vague" };
        var challenge = new Core.Challenges.Challenge { PlanId = other.Id, Title = "Employers wary of pledges" };
        var strategy = new Strategy { PlanId = other.Id, Name = "Employer pledge" };
        var step = new ActionStep { PlanId = other.Id, StrategyId = strategy.Id, Description = "Call employers" };
        await WriteAsync(db =>
        {
            db.AddRange(item, need, difference, indicator, session, feedback, challenge, strategy, step);
            return Task.CompletedTask;
        });

        foreach (var anchor in new[] { $"canvas-item/{item.Id}", $"data-need/{need.Id}", $"key-difference/{difference.Id}", $"indicator/{indicator.Id}",
            $"pitch-feedback/{feedback.Id}", $"challenge/{challenge.Id}", $"action-step/{step.Id}", $"canvas-item/{Guid.NewGuid()}" })
        {
            var response = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/comments", new { anchor, body = "Peeking" });
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, anchor);
        }
        await using var check = App.NewDbContext();
        (await check.CommentThreads.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task StaffOfAnotherOrganization_GetsNotFound()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _b = browser;
        var south = await Data.OrganizationAsync("south");
        var southPlan = await Data.PlanAsync(south, "South plan");

        (await browser.Client.GetAsync($"/api/plans/{southPlan.Id}/comments")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{southPlan.Id}/comments", new { anchor = "team", body = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        App.Logs.ShouldContain(l => l.Message.Contains("does not exist or is not theirs to see"));
    }
}
