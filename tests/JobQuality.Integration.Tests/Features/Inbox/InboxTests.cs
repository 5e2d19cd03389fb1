using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Data.Identity;
using JobQuality.Integration.Tests.Features.Comments;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Inbox;

/// <summary>The inbox: which actions notify whom, reading and marking read, and that nobody sees another's notifications.</summary>
public sealed class InboxTests(AppFactory app) : AppTest(app)
{
    internal sealed record NotificationDto(Guid Id, string Kind, string Sentence, string ActorName, Guid PlanId, string PlanName,
        Guid? ThreadId, string? ElementLabel, string Excerpt, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    internal sealed record PageDto(List<NotificationDto> Items, int Total, int Unread, int Page, int PageSize, bool HasMore);

    internal sealed record UnreadDto(int Unread);


    private async Task<Browser> SignedInAsync(AppUser user)
    {
        var browser = NewBrowser();
        await browser.SignInOrFailAsync(user.Email!);
        return browser;
    }

    internal static async Task<PageDto> InboxAsync(Browser browser, string query = "")
    {
        var response = await browser.Client.GetAsync($"/api/me/notifications{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PageDto>())!;
    }

    private static string Mention(AppUser user) => $"@[{user.DisplayName}]({user.Id})";

    [Fact]
    public async Task Mention_NotifiesTheMentionedMemberOnly()
    {
        var board = await Data.OrganizationAsync("north");
        var kim = await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var lee = await Data.UserAsync("lee@north.test", board, OrganizationRole.Staff);
        var ana = await Data.UserAsync("ana@union.test", board, OrganizationRole.Partner);
        var plan = await Data.PlanAsync(board, "North plan", ana);
        using var kimBrowser = await SignedInAsync(kim);
        using var leeBrowser = await SignedInAsync(lee);
        using var anaBrowser = await SignedInAsync(ana);

        var thread = await CommentsTests.StartAsync(kimBrowser, plan.Id, "canvas-square/KeyPartners", $"{Mention(lee)} can you ask the college? And me: {Mention(kim)}");

        var leeInbox = await InboxAsync(leeBrowser);
        var n = leeInbox.Items.ShouldHaveSingleItem();
        n.Kind.ShouldBe("Mention");
        n.ActorName.ShouldBe("kim");
        n.Sentence.ShouldBe("kim mentioned you in a comment");
        n.PlanName.ShouldBe("North plan");
        n.ElementLabel.ShouldBe("Key Partners");
        n.ThreadId.ShouldBe(thread.Id);
        n.Excerpt.ShouldBe("@lee can you ask the college? And me: @kim");
        n.Link.ShouldBe($"/plans/{plan.Id}/canvas?thread={thread.Id}", "the canvas, with the comments panel open on the thread");
        n.ReadAt.ShouldBeNull();
        leeInbox.Unread.ShouldBe(1);
        (await InboxAsync(kimBrowser)).Items.ShouldBeEmpty("nobody is notified of mentioning themselves");
        (await InboxAsync(anaBrowser)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Reply_NotifiesTheOtherParticipantsOnce()
    {
        var board = await Data.OrganizationAsync("north");
        var kim = await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var lee = await Data.UserAsync("lee@north.test", board, OrganizationRole.Staff);
        var ana = await Data.UserAsync("ana@union.test", board, OrganizationRole.Partner);
        var bo = await Data.UserAsync("bo@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "North plan", ana);
        using var kimBrowser = await SignedInAsync(kim);
        using var leeBrowser = await SignedInAsync(lee);
        using var anaBrowser = await SignedInAsync(ana);
        using var boBrowser = await SignedInAsync(bo);

        var thread = await CommentsTests.StartAsync(kimBrowser, plan.Id, "team", "We still lack a convener.");
        (await leeBrowser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages", new { body = "I can ask around." }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await leeBrowser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages", new { body = "Still asking." }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anaBrowser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages",
            new { body = $"{Mention(kim)} the union has someone." })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var kimItems = (await InboxAsync(kimBrowser)).Items;
        kimItems.Select(i => (i.Kind, i.ActorName)).ShouldBe([("Mention", "ana"), ("Reply", "lee"), ("Reply", "lee")],
            "newest first; Ana's reply mentions Kim, so Kim gets the mention and not a reply as well");
        (await InboxAsync(leeBrowser)).Items.ShouldHaveSingleItem().Kind.ShouldBe("Reply", "Lee hears of Ana's reply, not of their own");
        (await InboxAsync(anaBrowser)).Items.ShouldBeEmpty("Ana had not taken part before replying");
        (await InboxAsync(boBrowser)).Items.ShouldBeEmpty("Bo never took part");
    }

    [Fact]
    public async Task ResolveAndReopen_NotifyTheParticipants()
    {
        var board = await Data.OrganizationAsync("north");
        var kim = await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var lee = await Data.UserAsync("lee@north.test", board, OrganizationRole.Staff);
        var ana = await Data.UserAsync("ana@union.test", board, OrganizationRole.Partner);
        var plan = await Data.PlanAsync(board, "North plan", ana);
        using var kimBrowser = await SignedInAsync(kim);
        using var anaBrowser = await SignedInAsync(ana);
        using var leeBrowser = await SignedInAsync(lee);
        var thread = await CommentsTests.StartAsync(anaBrowser, plan.Id, "value-proposition", "Too vague?");

        var resolved = await kimBrowser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/resolve", new { version = thread.Version, note = "Reworded it." });
        resolved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = (await resolved.Content.ReadFromJsonAsync<CommentsTests.ThreadDto>())!;
        (await leeBrowser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/reopen", new { version = after.Version, note = (string?)null }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var ana1 = (await InboxAsync(anaBrowser)).Items;
        ana1.Select(i => (i.Kind, i.ActorName, i.Excerpt)).ShouldBe([("Reopened", "lee", ""), ("Resolved", "kim", "Reworded it.")]);
        ana1[1].Sentence.ShouldBe("kim resolved a conversation you are part of");
        (await InboxAsync(kimBrowser)).Items.ShouldBeEmpty("resolving does not make Kim a participant");
        (await InboxAsync(leeBrowser)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task InvitationToAnExistingAccount_NotifiesIt_AndANewAddressNobody()
    {
        var board = await Data.OrganizationAsync("north");
        var south = await Data.OrganizationAsync("south");
        var kim = await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var sam = await Data.UserAsync("sam@south.test", south, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "North plan");
        using var kimBrowser = await SignedInAsync(kim);
        using var samBrowser = await SignedInAsync(sam);

        (await kimBrowser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/invitations", new { email = "SAM@south.test" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await kimBrowser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/invitations", new { email = "new@union.test" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var n = (await InboxAsync(samBrowser)).Items.ShouldHaveSingleItem();
        n.Kind.ShouldBe("Invitation");
        n.Sentence.ShouldBe("kim invited you to join “North plan” as a coalition partner");
        n.Link.ShouldBeNull("the invitation is accepted through the emailed link");
        await using var db = App.NewDbContext();
        (await db.Notifications.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task UnreadCount_AndMarkOneOrAllRead()
    {
        var board = await Data.OrganizationAsync("north");
        var kim = await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var lee = await Data.UserAsync("lee@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "North plan");
        using var kimBrowser = await SignedInAsync(kim);
        using var leeBrowser = await SignedInAsync(lee);
        for (var i = 0; i < 3; i++)
        {
            await CommentsTests.StartAsync(kimBrowser, plan.Id, "team", $"Point {i} for {Mention(lee)}");
            App.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        (await leeBrowser.Client.GetFromJsonAsync<UnreadDto>("/api/me/notifications/unread-count"))!.Unread.ShouldBe(3);
        var items = (await InboxAsync(leeBrowser)).Items;
        var one = await leeBrowser.Client.PostAsync($"/api/me/notifications/{items[1].Id}/read", null);
        one.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await one.Content.ReadFromJsonAsync<UnreadDto>())!.Unread.ShouldBe(2);
        var unreadFirst = await InboxAsync(leeBrowser, "?unreadFirst=true");
        unreadFirst.Items.Select(i => i.Id).ShouldBe([items[0].Id, items[2].Id, items[1].Id]);
        unreadFirst.Items[2].ReadAt.ShouldNotBeNull();
        var paged = await InboxAsync(leeBrowser, "?page=1&pageSize=2");
        paged.Items.ShouldHaveSingleItem().Id.ShouldBe(items[2].Id);
        paged.Total.ShouldBe(3);

        var all = await leeBrowser.Client.PostAsync("/api/me/notifications/read-all", null);
        (await all.Content.ReadFromJsonAsync<UnreadDto>())!.Unread.ShouldBe(0);
        (await InboxAsync(leeBrowser)).Items.ShouldAllBe(i => i.ReadAt != null);
    }

    [Fact]
    public async Task SomeoneElsesNotification_IsNotFound_AndNeverListed()
    {
        var board = await Data.OrganizationAsync("north");
        var kim = await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var lee = await Data.UserAsync("lee@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "North plan");
        using var kimBrowser = await SignedInAsync(kim);
        using var leeBrowser = await SignedInAsync(lee);
        await CommentsTests.StartAsync(kimBrowser, plan.Id, "team", $"For {Mention(lee)}");
        var leesId = (await InboxAsync(leeBrowser)).Items.ShouldHaveSingleItem().Id;

        var marked = await kimBrowser.Client.PostAsync($"/api/me/notifications/{leesId}/read", null);
        var readAll = await kimBrowser.Client.PostAsync("/api/me/notifications/read-all", null);

        marked.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        readAll.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await InboxAsync(kimBrowser)).Items.ShouldBeEmpty();
        (await InboxAsync(leeBrowser)).Items.ShouldHaveSingleItem().ReadAt.ShouldBeNull("Kim's \"read all\" touches only Kim's");
        using var anonymous = NewBrowser();
        (await anonymous.Client.GetAsync("/api/me/notifications")).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Redirect, HttpStatusCode.Found);
    }

    [Fact]
    public async Task RemovedPartner_NoLongerSeesThatPlansNotifications_NorGetsNewOnes()
    {
        var board = await Data.OrganizationAsync("north");
        var kim = await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var ana = await Data.UserAsync("ana@union.test", board, OrganizationRole.Partner);
        var plan = await Data.PlanAsync(board, "North plan", ana);
        var other = await Data.PlanAsync(board, "Other plan", ana);
        using var kimBrowser = await SignedInAsync(kim);
        using var anaBrowser = await SignedInAsync(ana);
        var thread = await CommentsTests.StartAsync(anaBrowser, plan.Id, "team", "Who convenes?");
        await CommentsTests.StartAsync(kimBrowser, plan.Id, "team", $"{Mention(ana)} see the charter");
        await CommentsTests.StartAsync(kimBrowser, other.Id, "team", $"{Mention(ana)} and here");
        (await InboxAsync(anaBrowser)).Total.ShouldBe(2);

        (await kimBrowser.Client.DeleteAsync($"/api/plans/{plan.Id}/partners/{ana.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await kimBrowser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages", new { body = "Kim will." }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var inbox = await InboxAsync(anaBrowser);
        inbox.Items.ShouldHaveSingleItem().PlanName.ShouldBe("Other plan");
        inbox.Unread.ShouldBe(1);
        (await anaBrowser.Client.GetFromJsonAsync<UnreadDto>("/api/me/notifications/unread-count"))!.Unread.ShouldBe(1);
        await using var db = App.NewDbContext();
        (await db.Notifications.CountAsync(n => n.RecipientId == ana.Id)).ShouldBe(2, "no reply notification for a plan Ana left");
    }
}
