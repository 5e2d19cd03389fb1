using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using JobQuality.Core.Canvas;
using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Data.Live;
using JobQuality.Integration.Tests.Infrastructure;
using JobQuality.Web.Infrastructure.Live;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static JobQuality.Integration.Tests.Features.Comments.CommentsTests;

namespace JobQuality.Integration.Tests.Infrastructure.Live;

/// <summary>
/// Live updates across instances: two app hosts on one database, a change saved through the first, a subscriber of the
/// second's feed. PostgreSQL LISTEN/NOTIFY carries the notice; a killed listener reconnects and tells subscribers to resync.
/// </summary>
public sealed class PlanChangeFeedTests(AppFactory app) : AppTest(app)
{
    private static readonly TimeSpan Live = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task ACommentAndACanvasItem_SavedThroughOneInstance_ReachASubscriberOfAnotherWithinOneSecond()
    {
        var (staff, planId) = await SignedInWithAPlanAsync();
        using var _ = staff;
        await using var second = App.WithWebHostBuilder(_ => { });
        using var notices = await SubscribeWhenListeningAsync(second, planId);

        // The notice is sent when the save commits, before the response: from the response on, it must arrive within a
        // second. (The request's own time is left out: on a busy machine the first call of an endpoint alone can take that.)
        await StartAsync(staff, planId, "canvas-square/KeyPartners", "Ask the college about evening classes.");
        var comment = await notices.NextAsync(n => n.Kind == PlanChangeKind.Comment, Live);

        var added = await staff.Client.PostAsJsonAsync($"/api/plans/{planId}/canvas/items", new { square = "KeyPartners", text = "Harbor College" });
        added.StatusCode.ShouldBe(HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        var content = await notices.NextAsync(n => n.Kind == PlanChangeKind.Content, Live);

        comment.Key.ShouldBe("canvas-square/KeyPartners");
        comment.UserId.ShouldNotBeNullOrEmpty();
        content.Key.ShouldBe("CanvasItem");
        content.UserId.ShouldBe(comment.UserId);
    }

    [Fact]
    public async Task AMention_SavedThroughOneInstance_ReachesTheMentionedPersonsInboxOnAnother_AndNobodyElses()
    {
        var board = await Data.OrganizationAsync("north");
        var kim = await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var lee = await Data.UserAsync("lee@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "North plan");
        using var kimBrowser = NewBrowser();
        await kimBrowser.SignInOrFailAsync("kim@north.test");
        await using var second = App.WithWebHostBuilder(_ => { });
        using var planNotices = await SubscribeWhenListeningAsync(second, plan.Id);
        var feed = second.Services.GetRequiredService<PlanChangeFeed>();
        using var leesInbox = Received.From(handler => feed.SubscribeInbox(lee.Id, handler));
        using var kimsInbox = Received.From(handler => feed.SubscribeInbox(kim.Id, handler));

        await StartAsync(kimBrowser, plan.Id, "team", $"@[{lee.DisplayName}]({lee.Id}) could you ask the college?");
        var forLee = await leesInbox.NextAsync(_ => true, Live);
        await planNotices.NextAsync(n => n.Kind == PlanChangeKind.Comment, Live);

        forLee.Kind.ShouldBe(PlanChangeKind.Inbox);
        forLee.Key.ShouldBe(lee.Id);
        forLee.PlanId.ShouldBe(plan.Id);
        await Should.ThrowAsync<TimeoutException>(() => kimsInbox.NextAsync(_ => true, TimeSpan.FromMilliseconds(300)));
        await Should.ThrowAsync<TimeoutException>(() => planNotices.NextAsync(n => n.Kind == PlanChangeKind.Inbox, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task AKilledListenerConnection_Reconnects_AndSubscribersAreToldToResync()
    {
        var (staff, planId) = await SignedInWithAPlanAsync();
        using var _ = staff;
        await using var second = App.WithWebHostBuilder(_ => { });
        using var notices = await SubscribeWhenListeningAsync(second, planId);
        var listener = second.Services.GetRequiredService<PlanChangeListener>();
        var killed = listener.BackendProcessId;

        await using (var connection = new NpgsqlConnection(App.ConnectionString))
        {
            await connection.OpenAsync();
            await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", connection);
            terminate.Parameters.AddWithValue("pid", killed);
            (await terminate.ExecuteScalarAsync()).ShouldBe(true);
        }
        await notices.NextAsync(n => n.Kind == PlanChangeKind.Resync, TimeSpan.FromSeconds(10));
        await StartAsync(staff, planId, "team", "Still live after the reconnect?");
        var after = await notices.NextAsync(n => n.Kind == PlanChangeKind.Comment, Live);

        listener.IsListening.ShouldBeTrue();
        listener.BackendProcessId.ShouldNotBe(killed);
        after.Key.ShouldBe("team");
        App.Logs.ShouldNotContain(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error && l.Category.Contains("Live", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OneSaveTouchingTwoPlans_SendsANoticeForEach()
    {
        var board = await Data.OrganizationAsync("north");
        var first = await Data.PlanAsync(board, "First plan");
        var second = await Data.PlanAsync(board, "Second plan");
        using var firstNotices = await SubscribeWhenListeningAsync(App, first.Id);
        using var secondNotices = await SubscribeWhenListeningAsync(App, second.Id);

        // Both notices go out in one statement after the save (no explicit transaction: the save has committed).
        using (var scope = App.Services.CreateScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            db.CanvasItems.Add(new CanvasItem { PlanId = first.Id, Square = CanvasSquare.KeyPartners, Text = "Harbor College" });
            db.CanvasItems.Add(new CanvasItem { PlanId = second.Id, Square = CanvasSquare.KeyAssets, Text = "A training kitchen" });
            await db.SaveChangesAsync();
        }

        (await firstNotices.NextAsync(n => n.Kind == PlanChangeKind.Content, Live)).Key.ShouldBe("CanvasItem");
        (await secondNotices.NextAsync(n => n.Kind == PlanChangeKind.Content, Live)).Key.ShouldBe("CanvasItem");
    }

    [Fact]
    public async Task AFailedSave_SendsNoNotice()
    {
        var (staff, planId) = await SignedInWithAPlanAsync(OrganizationRole.Partner);
        using var _ = staff;
        using var notices = await SubscribeWhenListeningAsync(App, planId);

        // A partner may comment but not edit: the refused edit saves nothing; the comment after it is the first notice.
        var refused = await staff.Client.PostAsJsonAsync($"/api/plans/{planId}/canvas/items", new { square = "KeyPartners", text = "Harbor College" });
        await StartAsync(staff, planId, "team", "A comment after a refused edit.");
        var first = await notices.NextAsync(_ => true, Live);

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        first.Kind.ShouldBe(PlanChangeKind.Comment);
    }

    [Fact]
    public async Task OnePersonInTwoTabs_IsListedOnce_AndStaysListedUntilTheirLastTabCloses()
    {
        var board = await Data.OrganizationAsync("north");
        var kim = await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var lee = await Data.UserAsync("lee@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "North plan");
        await using var second = App.WithWebHostBuilder(_ => { });
        using var onFirst = await SubscribeWhenListeningAsync(App, plan.Id);
        using var onSecond = await SubscribeWhenListeningAsync(second, plan.Id);

        // Lee's tab and one of Kim's on this instance, Kim's other tab on the second: one circuit each.
        await using var leeTab = NewTab(App);
        var kimTab1 = NewTab(App);
        var kimTab2 = NewTab(second);
        await leeTab.FollowAsync(plan.Id, lee.Id);
        await kimTab1.FollowAsync(plan.Id, kim.Id);
        await kimTab2.FollowAsync(plan.Id, kim.Id);
        await onFirst.NextAsync(n => n.Kind == PlanChangeKind.Presence && n.Key == PresenceKeys.Join && n.UserId == kim.Id, Live);
        await onFirst.NextAsync(n => n.Kind == PlanChangeKind.Presence && n.Key == PresenceKeys.Join && n.UserId == kim.Id, Live);
        var bothOpen = leeTab.Others.Select(v => v.UserId).ToList();

        await kimTab1.DisposeAsync();
        await onFirst.NextAsync(n => n.Kind == PlanChangeKind.Presence && n.Key == PresenceKeys.Leave, Live);
        var oneClosed = leeTab.Others.Select(v => v.UserId).ToList();
        await kimTab2.DisposeAsync();
        await onFirst.NextAsync(n => n.Kind == PlanChangeKind.Presence && n.Key == PresenceKeys.Leave, Live);
        var bothClosed = leeTab.Others.Select(v => v.UserId).ToList();

        bothOpen.ShouldBe([kim.Id], "two tabs, one person: listed once");
        oneClosed.ShouldBe([kim.Id], "Kim's other tab is still open");
        bothClosed.ShouldBeEmpty();
    }

    [Fact]
    public void AHeartbeatArrivingAfterItsTabLeft_DoesNotBringItBack_ButOpeningThePlanAgainDoes()
    {
        var feed = App.Services.GetRequiredService<PlanChangeFeed>();
        var planId = Guid.NewGuid();
        Guid tab1 = Guid.NewGuid(), tab2 = Guid.NewGuid();
        PlanChangeNotice Presence(string key, Guid tab) => new(planId, PlanChangeKind.Presence, key, "kim-id", tab, "Kim");

        feed.Deliver(Presence(PresenceKeys.Join, tab1));
        feed.Deliver(Presence(PresenceKeys.Join, tab2));
        var twoTabs = feed.ViewersOf(planId).Count;
        feed.Deliver(Presence(PresenceKeys.Leave, tab1));
        var oneTab = feed.ViewersOf(planId).Count;
        feed.Deliver(Presence(PresenceKeys.Here, tab1)); // sent by tab 1 just before it closed, delivered after its leave
        feed.Deliver(Presence(PresenceKeys.Leave, tab2));
        var noTab = feed.ViewersOf(planId).Count;
        feed.Deliver(Presence(PresenceKeys.Join, tab1)); // the same circuit opens the plan again
        var back = feed.ViewersOf(planId).Count;

        twoTabs.ShouldBe(1, "one person, listed once");
        oneTab.ShouldBe(1, "the other tab is still open");
        noTab.ShouldBe(0, "a late heartbeat of a closed tab must not keep its person listed");
        back.ShouldBe(1);
    }

    /// <summary>A browser tab's <see cref="PlanLive"/>: its own circuit (origin) on the given instance.</summary>
    private PlanLive NewTab(WebApplicationFactory<Program> host) => new(
        host.Services.GetRequiredService<PlanChangeFeed>(),
        new ChangeOrigin(),
        host.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<JobQuality.Data.AppDbContext>>(),
        App.Clock);

    [Fact]
    public void ANotice_StaysFarUnderPostgresEightKilobyteLimit_EvenWithLongNames()
    {
        var notice = new PlanChangeNotice(Guid.NewGuid(), PlanChangeKind.Presence, PresenceKeys.Join, new string('u', 450), Guid.NewGuid(), new string('é', 5_000));

        var payload = notice.ToPayload();

        Encoding.UTF8.GetByteCount(payload).ShouldBeLessThan(1_000);
        PlanChangeNotice.FromPayload(payload)!.PlanId.ShouldBe(notice.PlanId);
        PlanChangeNotice.FromPayload("not a notice").ShouldBeNull();
    }

    /// <summary>Subscribes once the host's listener is up (a host starts it with its first use).</summary>
    private static async Task<Received> SubscribeWhenListeningAsync(WebApplicationFactory<Program> host, Guid planId)
    {
        var listener = host.Services.GetRequiredService<PlanChangeListener>();
        var deadline = Stopwatch.StartNew();
        while (!listener.IsListening)
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(10)) throw new TimeoutException("The host's listener did not start listening within 10 s.");
            await Task.Delay(20);
        }
        return Received.From(handler => host.Services.GetRequiredService<PlanChangeFeed>().Subscribe(planId, handler));
    }

    private sealed class Received : IDisposable
    {
        private readonly BlockingCollection<PlanChangeNotice> _notices = [];

        public IDisposable? Subscription { get; set; }

        public void Add(PlanChangeNotice notice) => _notices.Add(notice);

        /// <summary>Collects what a subscription made with the given handler receives.</summary>
        public static Received From(Func<Func<PlanChangeNotice, Task>, IDisposable> subscribe)
        {
            var received = new Received();
            received.Subscription = subscribe(n =>
            {
                received.Add(n);
                return Task.CompletedTask;
            });
            return received;
        }

        public void Dispose()
        {
            Subscription?.Dispose();
            _notices.Dispose();
        }

        /// <summary>The next notice that matches, waiting at most <paramref name="within"/> (others are skipped).</summary>
        public async Task<PlanChangeNotice> NextAsync(Func<PlanChangeNotice, bool> match, TimeSpan within)
        {
            var until = Stopwatch.StartNew();
            return await Task.Run(() =>
            {
                while (true)
                {
                    var left = within - until.Elapsed;
                    if (left <= TimeSpan.Zero || !_notices.TryTake(out var notice, left)) throw new TimeoutException($"No matching notice within {within.TotalMilliseconds} ms.");
                    if (match(notice)) return notice;
                }
            });
        }
    }
}
