using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobQuality.Core.Canvas;
using JobQuality.Core.Comments;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Data.Identity;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Comments;

/// <summary>Comment threads through the API: the conversation itself, mentions, the 15-minute edit window, limits.</summary>
public sealed class CommentsTests(AppFactory app) : AppTest(app)
{
    internal sealed record CommentDto(Guid Id, string AuthorId, string AuthorName, string? Body, bool IsDeleted, int EarlierVersions,
        List<string> MentionedUserIds, bool CanEdit, bool CanDelete, DateTimeOffset? EditedAt, uint Version);

    internal sealed record ThreadDto(Guid Id, string Anchor, string AnchorLabel, string Status, string StartedByName,
        string? ResolvedByName, string? ResolutionNote, string? ReopenedByName, string? ReopenNote, List<CommentDto> Comments, uint Version);

    internal sealed record ThreadsDto(bool CanComment, int OpenCount, int ResolvedCount, List<ThreadDto> Threads);

    internal sealed record CountDto(string Anchor, int Open, int Resolved);

    internal sealed record MemberDto(string UserId, string Name, string Role);

    internal static async Task<ThreadDto> StartAsync(Browser browser, Guid planId, string anchor, string body)
    {
        var response = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/comments", new { anchor, body });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ThreadDto>())!;
    }

    internal static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("errors").GetProperty(field)[0].GetString()!;
    }

    /// <summary>A board with a staff member signed in and a plan with one partner on it.</summary>
    private async Task<(Browser Staff, AppUser StaffUser, AppUser Partner, Plan Plan, Organization Board)> BoardAsync()
    {
        var board = await Data.OrganizationAsync("north");
        var staff = await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var partner = await Data.UserAsync("ana@union.test", board, OrganizationRole.Partner);
        var plan = await Data.PlanAsync(board, "North plan", partner);
        var browser = NewBrowser();
        await browser.SignInOrFailAsync("kim@north.test");
        return (browser, staff, partner, plan, board);
    }

    [Fact]
    public async Task StartReplyAndEditWithinFifteenMinutes_KeepsTheEarlierWording()
    {
        var (staff, _, partner, plan, _) = await BoardAsync();
        using var _s = staff;
        using var partnerBrowser = NewBrowser();
        await partnerBrowser.SignInOrFailAsync(partner.Email!);

        var thread = await StartAsync(partnerBrowser, plan.Id, "canvas-square/KeyPartners", "  Should the community college be here?\nThey run the CNA course. ");
        var reply = await staff.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages", new { body = "Yes, adding them." });
        reply.StatusCode.ShouldBe(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromMinutes(14));
        var mine = (await reply.Content.ReadFromJsonAsync<ThreadDto>())!.Comments[1];
        var edited = await staff.Client.PutAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages/{mine.Id}",
            new { version = mine.Version, body = "Yes, adding them today." });

        thread.AnchorLabel.ShouldBe("Key Partners");
        thread.Status.ShouldBe("Open");
        thread.Comments.ShouldHaveSingleItem().Body.ShouldBe("Should the community college be here?\nThey run the CNA course.");
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var view = (await edited.Content.ReadFromJsonAsync<ThreadDto>())!;
        view.Comments.Select(c => c.Body).ShouldBe(["Should the community college be here?\nThey run the CNA course.", "Yes, adding them today."]);
        view.Comments[1].EarlierVersions.ShouldBe(1);
        view.Comments[1].EditedAt.ShouldNotBeNull();
        view.Comments[0].CanEdit.ShouldBeFalse("someone else's comment");
        await using var db = App.NewDbContext();
        (await db.CommentEdits.SingleAsync()).Body.ShouldBe("Yes, adding them.");
        (await db.ChangeRecords.CountAsync()).ShouldBe(0, "comments are not plan content and stay out of its history");
    }

    [Fact]
    public async Task EditAfterFifteenMinutes_IsRefusedWithAReason()
    {
        var (staff, _, _, plan, _) = await BoardAsync();
        using var _s = staff;
        var thread = await StartAsync(staff, plan.Id, "team", "We still lack a convener.");
        var comment = thread.Comments[0];
        comment.CanEdit.ShouldBeTrue();

        App.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        var late = await staff.Client.PutAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages/{comment.Id}",
            new { version = comment.Version, body = "Changed my mind" });
        var read = await staff.Client.GetFromJsonAsync<ThreadDto>($"/api/plans/{plan.Id}/comments/{thread.Id}");

        late.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorAsync(late, "Body")).ShouldContain("15 minutes");
        read!.Comments[0].Body.ShouldBe("We still lack a convener.");
        read.Comments[0].CanEdit.ShouldBeFalse();
        read.Comments[0].CanDelete.ShouldBeTrue("deleting one's own comment has no time limit");
    }

    [Fact]
    public async Task Delete_LeavesATombstone_AndOnlyTheAuthorMayEditOrDelete()
    {
        var (staff, _, partner, plan, _) = await BoardAsync();
        using var _s = staff;
        using var partnerBrowser = NewBrowser();
        await partnerBrowser.SignInOrFailAsync(partner.Email!);
        var thread = await StartAsync(staff, plan.Id, "value-proposition", "Is “aspirations” too vague?");
        var reply = await partnerBrowser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages", new { body = "A little." });
        var staffComment = thread.Comments[0];

        var othersEdit = await partnerBrowser.Client.PutAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages/{staffComment.Id}",
            new { version = staffComment.Version, body = "Hijacked" });
        var othersDelete = await partnerBrowser.Client.DeleteAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages/{staffComment.Id}?version={staffComment.Version}");
        var deleted = await staff.Client.DeleteAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages/{staffComment.Id}?version={staffComment.Version}");

        reply.StatusCode.ShouldBe(HttpStatusCode.OK);
        othersEdit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        othersDelete.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        deleted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = (await deleted.Content.ReadFromJsonAsync<ThreadDto>())!;
        view.Comments.Count.ShouldBe(2);
        view.Comments[0].IsDeleted.ShouldBeTrue();
        view.Comments[0].Body.ShouldBeNull();
        view.Comments[1].Body.ShouldBe("A little.");
        await using var db = App.NewDbContext();
        (await db.Comments.SingleAsync(c => c.Id == staffComment.Id)).Body.ShouldBe("", "the words are gone, not hidden");
    }

    [Fact]
    public async Task ResolveAndReopen_WithNotes_FromTheVersionRead()
    {
        var (staff, _, partner, plan, _) = await BoardAsync();
        using var _s = staff;
        using var partnerBrowser = NewBrowser();
        await partnerBrowser.SignInOrFailAsync(partner.Email!);
        var thread = await StartAsync(partnerBrowser, plan.Id, "charter/communication", "Can meetings move to evenings?");

        var resolved = await staff.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/resolve", new { version = thread.Version, note = "Moved to 6 pm." });
        var stale = await partnerBrowser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/resolve", new { version = thread.Version });
        var resolvedView = (await resolved.Content.ReadFromJsonAsync<ThreadDto>())!;
        var openList = await staff.Client.GetFromJsonAsync<ThreadsDto>($"/api/plans/{plan.Id}/comments");
        var resolvedList = await staff.Client.GetFromJsonAsync<ThreadsDto>($"/api/plans/{plan.Id}/comments?status=resolved");
        var reopened = await partnerBrowser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/reopen", new { version = resolvedView.Version, note = "6 pm clashes with shifts." });

        resolved.StatusCode.ShouldBe(HttpStatusCode.OK);
        resolvedView.Status.ShouldBe("Resolved");
        resolvedView.ResolvedByName.ShouldBe("kim");
        resolvedView.ResolutionNote.ShouldBe("Moved to 6 pm.");
        resolvedView.AnchorLabel.ShouldBe("Project charter: Communication");
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<ThreadDto>())!.Status.ShouldBe("Resolved");
        openList!.Threads.ShouldBeEmpty();
        openList.ResolvedCount.ShouldBe(1);
        resolvedList!.Threads.ShouldHaveSingleItem().Id.ShouldBe(thread.Id);
        reopened.StatusCode.ShouldBe(HttpStatusCode.OK, await reopened.Content.ReadAsStringAsync());
        var reopenedView = (await reopened.Content.ReadFromJsonAsync<ThreadDto>())!;
        reopenedView.Status.ShouldBe("Open");
        reopenedView.ReopenedByName.ShouldBe("ana");
        reopenedView.ReopenNote.ShouldBe("6 pm clashes with shifts.");
        reopenedView.ResolutionNote.ShouldBe("Moved to 6 pm.", "the last resolution stays on record");
        var counts = await staff.Client.GetFromJsonAsync<List<CountDto>>($"/api/plans/{plan.Id}/comments/counts");
        counts.ShouldBe([new CountDto("charter/communication", 1, 0)]);
    }

    [Fact]
    public async Task Mentions_AreLimitedToMembersOfThePlan_AndNameWhoIsRefused()
    {
        var (staff, staffUser, partner, plan, board) = await BoardAsync();
        using var _s = staff;
        var director = await Data.UserAsync("lee@north.test", board, OrganizationRole.Director);
        var otherPartner = await Data.UserAsync("sam@college.test", board, OrganizationRole.Partner);
        await Data.PlanAsync(board, "Another plan", otherPartner);
        var south = await Data.OrganizationAsync("south");
        var stranger = await Data.UserAsync("max@south.test", south, OrganizationRole.Staff);

        var members = await staff.Client.GetFromJsonAsync<List<MemberDto>>($"/api/plans/{plan.Id}/comments/members");
        var ok = await StartAsync(staff, plan.Id, "team",
            $"{CommentBody.Token(partner.Id, "ana")} and {CommentBody.Token(director.Id, "lee")}, can you check this?");
        var notOnPlan = await staff.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments",
            new { anchor = "team", body = $"{CommentBody.Token(otherPartner.Id, "Sam from the college")} what do you think?" });
        var otherBoard = await staff.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{ok.Id}/messages",
            new { body = $"{CommentBody.Token(stranger.Id, "Max")} and {CommentBody.Token("not-a-user", "Nobody")}" });

        members!.Select(m => m.Name).ShouldBe(["ana", "kim", "lee"]);
        members!.Single(m => m.Name == "ana").Role.ShouldBe("Coalition partner");
        ok.Comments[0].MentionedUserIds.ShouldBe([partner.Id, director.Id], ignoreOrder: true);
        notOnPlan.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorAsync(notOnPlan, "Body")).ShouldBe("@Sam from the college is not a member of this plan, so they cannot be mentioned. Mention only people who can open the plan.");
        otherBoard.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorAsync(otherBoard, "Body")).ShouldStartWith("@Max, @Nobody are not members of this plan");
        await using var db = App.NewDbContext();
        (await db.CommentMentions.Select(m => m.UserId).ToListAsync()).ShouldBe([partner.Id, director.Id], ignoreOrder: true);
        (await db.Comments.CountAsync()).ShouldBe(1);
        staffUser.ShouldNotBeNull();
    }

    [Fact]
    public async Task RateLimit_TenCommentsAMinute_ThenAMessageSayingWhenToTryAgain()
    {
        var (staff, _, _, plan, _) = await BoardAsync();
        using var _s = staff;
        var thread = await StartAsync(staff, plan.Id, "baseline", "First");
        for (var i = 2; i <= 10; i++)
        {
            App.Clock.Advance(TimeSpan.FromSeconds(1));
            (await staff.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages", new { body = $"Reply {i}" }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var eleventh = await staff.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments", new { anchor = "team", body = "One too many" });
        App.Clock.Advance(TimeSpan.FromSeconds(51));
        var later = await staff.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages", new { body = "After a pause" });

        eleventh.StatusCode.ShouldBe((HttpStatusCode)429);
        (await ErrorAsync(eleventh, "Body")).ShouldBe("You have posted 10 comments in the last minute. To keep the conversation readable, wait 51 seconds and post again; your text is still here.");
        later.StatusCode.ShouldBe(HttpStatusCode.OK, await later.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TooLongOrEmpty_IsRefusedWithAFieldMessage()
    {
        var (staff, _, _, plan, _) = await BoardAsync();
        using var _s = staff;

        var tooLong = await staff.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments", new { anchor = "team", body = new string('a', Comment.BodyMaxLength + 1) });
        var empty = await staff.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments", new { anchor = "team", body = "  \n " });
        var badAnchor = await staff.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments", new { anchor = "canvas-square/Nowhere", body = "Hi" });
        var longest = await staff.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments", new { anchor = "team", body = new string('a', Comment.BodyMaxLength) });

        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorAsync(tooLong, "Body")).ShouldBe("Keep a comment to 2,000 characters or fewer; this one has 2,001.");
        (await ErrorAsync(empty, "Body")).ShouldBe("Write something first.");
        (await ErrorAsync(badAnchor, "Anchor")).ShouldBe("Choose the part of the plan this comment is about.");
        longest.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ArchivedPlan_CommentsCanBeReadButNotAdded()
    {
        var (staff, _, _, plan, _) = await BoardAsync();
        using var _s = staff;
        var thread = await StartAsync(staff, plan.Id, "team", "Before archiving");
        await using (var db = App.NewDbContext())
        {
            var stored = await db.Plans.SingleAsync(p => p.Id == plan.Id);
            stored.ArchivedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        }

        var list = await staff.Client.GetFromJsonAsync<ThreadsDto>($"/api/plans/{plan.Id}/comments");
        var start = await staff.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments", new { anchor = "team", body = "After" });
        var reply = await staff.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages", new { body = "After" });
        var resolve = await staff.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/resolve", new { version = thread.Version });

        list!.CanComment.ShouldBeFalse();
        list.Threads.ShouldHaveSingleItem().Comments[0].CanEdit.ShouldBeFalse();
        start.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        reply.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        resolve.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RowAnchors_ShowTheRowsText_AndFilterByAnchor()
    {
        var (staff, _, _, plan, _) = await BoardAsync();
        using var _s = staff;
        var item = new CanvasItem { PlanId = plan.Id, Square = CanvasSquare.KeyPartners, Text = "Riverside Community College" };
        var difference = new Core.Worksheets.KeyDifference { PlanId = plan.Id, Difference = "More stable schedules" };
        var indicator = new Core.Worksheets.SuccessIndicator { PlanId = plan.Id, KeyDifferenceId = difference.Id, Text = "Share with 30+ hours a week" };
        var challenge = new Core.Challenges.Challenge { PlanId = plan.Id, Title = "Employers wary of pledges" };
        await WriteAsync(db =>
        {
            db.AddRange(item, difference, indicator, challenge);
            return Task.CompletedTask;
        });

        await StartAsync(staff, plan.Id, $"challenge/{challenge.Id}", "Could the chamber help?");
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        await StartAsync(staff, plan.Id, $"indicator/{indicator.Id}", "Who collects this?");
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        await StartAsync(staff, plan.Id, $"canvas-item/{item.Id}", "Which campus?");
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        await StartAsync(staff, plan.Id, "canvas-square/KeyPartners", "Any unions?");
        var forItem = await staff.Client.GetFromJsonAsync<ThreadsDto>($"/api/plans/{plan.Id}/comments?anchor=canvas-item/{item.Id}");
        var all = await staff.Client.GetFromJsonAsync<ThreadsDto>($"/api/plans/{plan.Id}/comments?status=all");

        forItem!.Threads.ShouldHaveSingleItem().AnchorLabel.ShouldBe("Canvas item “Riverside Community College”");
        all!.Threads.Count.ShouldBe(4);
        all.Threads[0].AnchorLabel.ShouldBe("Key Partners", "the most recently active first");
        all.Threads[2].AnchorLabel.ShouldBe("Indicator “Share with 30+ hours a week”");
        all.Threads[3].AnchorLabel.ShouldBe("Challenge “Employers wary of pledges”");
    }
}
