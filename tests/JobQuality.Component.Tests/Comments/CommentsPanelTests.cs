using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Comments;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Web.Features.Comments;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Component.Tests.Comments;

public sealed class CommentBadgeTests : ComponentTest
{
    private const string Partners = "canvas-square/KeyPartners";

    private IRenderedComponent<CommentBadge> RenderBadge(CommentsPanelState? state) =>
        state is null
            ? Render<CommentBadge>(p => p.Add(x => x.Anchor, Partners).Add(x => x.Label, "Key Partners"))
            : Render<CascadingValue<CommentsPanelState>>(p => p.Add(x => x.Value, state).Add(x => x.IsFixed, true)
                .AddChildContent<CommentBadge>(b => b.Add(x => x.Anchor, Partners).Add(x => x.Label, "Key Partners")))
                .FindComponent<CommentBadge>();

    [Fact]
    public void OutsideAPlan_ShowsNothing()
    {
        RenderBadge(null).Markup.Trim().ShouldBeEmpty();
        RenderBadge(new CommentsPanelState()).Markup.Trim().ShouldBeEmpty();
    }

    [Fact]
    public void OpenThreads_AreCounted_AndNamedForScreenReaders()
    {
        var state = new CommentsPanelState();
        state.ShowPlan(Guid.NewGuid());
        var badge = RenderBadge(state);

        badge.Find("button").GetAttribute("aria-label").ShouldBe("Comment on Key Partners");
        state.SetCounts([new AnchorCount(Partners, 3, 1), new AnchorCount("team", 2, 0)]);

        badge.WaitForAssertion(() => badge.Find("button").GetAttribute("aria-label").ShouldBe("3 open comments on Key Partners"));
        badge.Find("button").TextContent.Trim().ShouldBe("3");
        state.OpenTotal.ShouldBe(5);
        CommentBadge.AriaLabel(new AnchorCount(Partners, 1, 0), "Key Partners").ShouldBe("1 open comment on Key Partners");
        CommentBadge.AriaLabel(new AnchorCount(Partners, 0, 2), "Key Partners").ShouldBe("Comments on Key Partners: none open, 2 resolved");
    }

    [Fact]
    public void Click_OpensThePanelOnTheElement()
    {
        var state = new CommentsPanelState();
        state.ShowPlan(Guid.NewGuid());
        var badge = RenderBadge(state);

        badge.Find("button").Click();

        state.IsOpen.ShouldBeTrue();
        state.Anchor.ShouldBe(Partners);
        state.AnchorLabel.ShouldBe("Key Partners");
    }
}

public sealed class CommentsPanelTests : PageTest
{
    public CommentsPanelTests(SeededDatabase database) : base(database)
    {
        Services.AddScoped<ListThreads.Handler>();
        Services.AddScoped<CountsByAnchor.Handler>();
        Services.AddScoped<ListMentionableMembers.Handler>();
        Services.AddScoped<StartThread.Handler>();
        Services.AddScoped<Reply.Handler>();
        Services.AddScoped<EditComment.Handler>();
        Services.AddScoped<DeleteComment.Handler>();
        Services.AddScoped<ResolveThread.Handler>();
        Services.AddScoped<ReopenThread.Handler>();
    }

    private async Task<(Guid PlanId, string UserId)> PlanWithThreadAsync(string body)
    {
        var (slug, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Partner, "Care jobs plan");
        await using var db = Database.NewDbContext();
        var plan = await db.Plans.SingleAsync(p => db.Organizations.Any(o => o.Id == p.OrganizationId && o.Slug == slug));
        db.PlanMembers.Add(new PlanMember { PlanId = plan.Id, UserId = userId });
        var now = DateTimeOffset.UtcNow;
        var thread = new CommentThread { PlanId = plan.Id, Anchor = "canvas-square/KeyPartners", StartedBy = userId, StartedAt = now, LastActivityAt = now };
        thread.Comments.Add(new Comment { ThreadId = thread.Id, PlanId = plan.Id, AuthorId = userId, Body = body, CreatedAt = now });
        db.CommentThreads.Add(thread);
        await db.SaveChangesAsync();
        SignInAs(userId);
        return (plan.Id, userId);
    }

    [Fact]
    public async Task OpenOnTheWholePlan_ListsThreadsWithTheirElement_AndShowsBodiesAsText()
    {
        var (planId, _) = await PlanWithThreadAsync("<script>alert(1)</script>\nSee https://example.org");
        var state = new CommentsPanelState();
        state.ShowPlan(planId);
        var panel = Render<CommentsPanel>(p => p.Add(x => x.State, state));

        panel.WaitForAssertion(() => state.CountFor("canvas-square/KeyPartners").Open.ShouldBe(1), DatabaseWait);
        await panel.InvokeAsync(() => state.Open());

        panel.WaitForAssertion(() => panel.FindAll("[data-thread]").Count.ShouldBe(1), DatabaseWait);
        panel.Find("#comments-panel-title").TextContent.Trim().ShouldBe("Comments on this plan");
        panel.Find("[data-thread] a").TextContent.ShouldBe("Key Partners");
        var body = panel.Find(".comment-body");
        body.TextContent.ShouldContain("<script>alert(1)</script>");
        body.QuerySelector("script").ShouldBeNull();
        body.QuerySelector("br").ShouldNotBeNull();
        body.QuerySelector("a.comment-link")!.GetAttribute("href").ShouldBe("https://example.org");
        panel.Find("[data-filter=Open]").GetAttribute("aria-pressed").ShouldBe("true");
    }

    [Fact]
    public async Task ResolvingFromThePanel_MovesTheThreadToResolved()
    {
        var (planId, _) = await PlanWithThreadAsync("Is the union missing?");
        var state = new CommentsPanelState();
        state.ShowPlan(planId);
        var panel = Render<CommentsPanel>(p => p.Add(x => x.State, state));
        await panel.InvokeAsync(() => state.Open("canvas-square/KeyPartners", "Key Partners"));
        panel.WaitForAssertion(() => panel.FindAll("[data-thread]").Count.ShouldBe(1), DatabaseWait);

        panel.FindAll("button").Single(b => b.TextContent.Trim() == "Resolve…").Click();
        // The note field opens after the click's handler has run, which may finish after Click returns on a busy machine.
        await panel.WaitForElement("input[data-field=status-note]", DatabaseWait).ChangeAsync(new ChangeEventArgs { Value = "Added Local 32." });
        panel.FindAll("button").Single(b => b.TextContent.Trim() == "Resolve thread").Click();

        panel.WaitForAssertion(() => panel.Find("[data-testid=comments-empty]").TextContent.ShouldContain("No open threads here"), DatabaseWait);
        panel.WaitForAssertion(() => state.CountFor("canvas-square/KeyPartners").ShouldBe(new AnchorCount("canvas-square/KeyPartners", 0, 1)), DatabaseWait);
        panel.Find("[data-filter=Resolved]").Click();
        panel.WaitForAssertion(() => panel.Find("[data-testid=resolution]").TextContent.ShouldContain("Added Local 32."), DatabaseWait);
        await using var db = Database.NewDbContext();
        (await db.CommentThreads.SingleAsync(t => t.PlanId == planId)).Status.ShouldBe(CommentThreadStatus.Resolved);
    }

    [Fact]
    public async Task StartingAThread_WithoutText_SaysWhatToDo_ThenPosts()
    {
        var (planId, _) = await PlanWithThreadAsync("First");
        var state = new CommentsPanelState();
        state.ShowPlan(planId);
        var panel = Render<CommentsPanel>(p => p.Add(x => x.State, state));
        await panel.InvokeAsync(() => state.Open("team", "the team"));
        panel.WaitForAssertion(() => panel.Find("[data-testid=comments-empty]"), DatabaseWait);

        panel.Find("form.comments-start").Submit();
        panel.WaitForAssertion(() => panel.Markup.ShouldContain("Write something first."));
        await panel.Find("textarea[data-field=new-thread]").InputAsync(new ChangeEventArgs { Value = "Who is our convener?" });
        panel.Find("form.comments-start").Submit();

        panel.WaitForAssertion(() => panel.Find("[data-thread] .comment-body").TextContent.ShouldBe("Who is our convener?"), DatabaseWait);
        state.CountFor("team").Open.ShouldBe(1);
    }
}
