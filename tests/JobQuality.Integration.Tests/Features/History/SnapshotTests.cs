using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using JobQuality.Core.Canvas;
using JobQuality.Core.Organizations;
using JobQuality.Core.Team;
using JobQuality.Data;
using JobQuality.Integration.Tests.Infrastructure;
using JobQuality.Web.Features.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Integration.Tests.Features.History;

public sealed class SnapshotTests(AppFactory app) : AppTest(app)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private async Task<(Browser Browser, Guid PlanId, string UserId)> SignedInAsync(OrganizationRole role = OrganizationRole.Staff)
    {
        var board = await Data.OrganizationAsync("north");
        var user = await Data.UserAsync("kim@north.test", board, role);
        var plan = await Data.PlanAsync(board, "North plan", role == OrganizationRole.Partner ? [user] : []);
        var browser = NewBrowser();
        await browser.SignInOrFailAsync("kim@north.test");
        return (browser, plan.Id, user.Id);
    }


    private static object Proposition(uint version, string who) => new
    {
        version,
        targetCustomers = who,
        painPoints = "escape unpredictable schedules",
        aspirations = "build careers",
        strategies = "scheduling standards",
        levers = new[] { "Procurement" },
    };

    private static async Task<uint> AnswerAsync(Browser browser, Guid planId, string tool, string field, uint version, string text)
    {
        var response = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/answers/{tool}/{field}", new { version, text });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<Answer>())!.Version;
    }

    private static async Task<Snapshot> TakeAsync(Browser browser, Guid planId, string name)
    {
        var response = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/snapshots", new { name });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Snapshot>(Json))!;
    }

    [Fact]
    public async Task SnapshotsOfTheSameName_TakenAtOnce_OnlyOneIsKept_TheOthersAreToldWhy()
    {
        var (browser, planId, _) = await SignedInAsync();
        using var _ = browser;

        // Eight requests race past the handler's own check; the database's unique index decides, whatever the case.
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            browser.Client.PostAsJsonAsync($"/api/plans/{planId}/snapshots", new { name = i % 2 == 0 ? "Board draft" : "BOARD DRAFT" })));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("This plan already has a snapshot called");
        }
        await using var db = App.NewDbContext();
        (await db.PlanSnapshots.CountAsync(s => s.PlanId == planId)).ShouldBe(1);
    }

    [Fact]
    public async Task OneSnapshotRestoredByFourPeopleAtOnce_NeverFails_EachRestoreThatWorkedHasItsOwnBackup()
    {
        var (browser, planId, _) = await SignedInAsync();
        using var _ = browser;
        var snapshot = await TakeAsync(browser, planId, "Board draft");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            browser.Client.PostAsync($"/api/plans/{planId}/snapshots/{snapshot.Id}/restore", null)));

        // A restore racing another either works or is refused with a reason; none fails with a server error.
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.BadRequest);
        var restored = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        restored.ShouldBeGreaterThan(0);
        await using var db = App.NewDbContext();
        var backups = await db.PlanSnapshots.Where(s => s.PlanId == planId && s.Name.StartsWith("Before restoring")).Select(s => s.Name).ToListAsync();
        backups.Count.ShouldBe(restored);
        backups.Distinct().Count().ShouldBe(restored);
    }

    [Fact]
    public async Task Restore_BringsTheWholeContentBack_KeepsABackup_AndOnlyAddsHistory()
    {
        var (browser, planId, userId) = await SignedInAsync();
        using var _ = browser;
        var proposition = await (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/value-proposition", Proposition(0, "home health aides")))
            .Content.ReadFromJsonAsync<Answer>();
        var values = await AnswerAsync(browser, planId, "charter", "values", 0, "Worker voice first");
        var maria = new TeamMember { PlanId = planId, Name = "Maria Lopez", Organization = "County college", Persona = Persona.Convener };
        var joe = new TeamMember { PlanId = planId, Name = "Joe Park", Organization = "Local 12", Persona = Persona.Advocate };
        var partnerItem = new CanvasItem { PlanId = planId, Square = CanvasSquare.KeyPartners, Text = "County college", Position = 0 };
        var strategyItem = new CanvasItem { PlanId = planId, Square = CanvasSquare.KeyStrategies, Text = "Fair scheduling pledge", Position = 0 };
        await WriteAsync(db =>
        {
            db.TeamMembers.AddRange(maria, joe);
            db.CanvasItems.AddRange(partnerItem, strategyItem);
            return Task.CompletedTask;
        });
        await WriteAsync(async db =>
        {
            // Each backs the other up.
            (await db.TeamMembers.SingleAsync(m => m.Id == maria.Id)).BackupMemberId = joe.Id;
            (await db.TeamMembers.SingleAsync(m => m.Id == joe.Id)).BackupMemberId = maria.Id;
        });
        var snapshot = await TakeAsync(browser, planId, "As presented to the board on 2026-12-01");
        snapshot.TakenBy.ShouldBe("kim");
        string stored;
        await using (var db = App.NewDbContext())
        {
            stored = (await db.PlanSnapshots.SingleAsync()).Content;
        }

        // Work goes on after the board meeting.
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/value-proposition", Proposition(proposition!.Version, "home care workers"));
        await AnswerAsync(browser, planId, "charter", "values", values, "Worker voice, always");
        await AnswerAsync(browser, planId, "charter", "vision", 0, "Every care job pays a living wage");
        await WriteAsync(async db =>
        {
            db.TeamMembers.Remove(await db.TeamMembers.SingleAsync(m => m.Id == maria.Id));
            (await db.CanvasItems.SingleAsync(i => i.Id == partnerItem.Id)).Text = "County college and the hospital";
            db.CanvasItems.Remove(await db.CanvasItems.SingleAsync(i => i.Id == strategyItem.Id));
            db.CanvasItems.Add(new CanvasItem { PlanId = planId, Square = CanvasSquare.Beneficiaries, Text = "Home care workers" });
        });

        var compare = await browser.Client.GetFromJsonAsync<Comparison>($"/api/plans/{planId}/snapshots/{snapshot.Id}/compare", Json);
        var differences = compare!.Differences.Select(d => (d.Kind, d.Section, d.Label)).ToList();
        differences.ShouldBe([
            (DiffKind.Changed, "Team", "Joe Park"),
            (DiffKind.Removed, "Team", "Maria Lopez"),
            (DiffKind.Changed, "Project charter", "Values"),
            (DiffKind.Added, "Project charter", "Vision"),
            (DiffKind.Changed, "Value proposition", "Who the work helps"),
            (DiffKind.Changed, "Job Quality Canvas", "Key Partners"),
            (DiffKind.Removed, "Job Quality Canvas", "Key Strategies"),
            (DiffKind.Added, "Job Quality Canvas", "Beneficiaries"),
        ], ignoreOrder: true);
        var values2 = compare.Differences.Single(d => d.Label == "Values");
        (values2.Before, values2.After).ShouldBe(("Worker voice first", "Worker voice, always"));
        List<(long Id, string Changes)> historyBefore;
        await using (var db = App.NewDbContext())
        {
            historyBefore = (await db.ChangeRecords.OrderBy(c => c.Id).ToListAsync()).Select(c => (c.Id, c.Changes)).ToList();
        }

        var restore = await browser.Client.PostAsync($"/api/plans/{planId}/snapshots/{snapshot.Id}/restore", null);

        restore.StatusCode.ShouldBe(HttpStatusCode.OK, await restore.Content.ReadAsStringAsync());
        await using (var db = App.NewDbContext())
        {
            (await PlanContent.LoadAsync(db, planId)).ToJson().ShouldBe(PlanContent.FromJson(stored).ToJson());
            var history = await db.ChangeRecords.OrderBy(c => c.Id).ToListAsync();
            history.Take(historyBefore.Count).Select(c => (c.Id, c.Changes)).ShouldBe(historyBefore, "history is never rewritten");
            var added = history.Skip(historyBefore.Count).ToList();
            added.ShouldNotBeEmpty();
            added.ShouldAllBe(c => c.ChangedBy == userId);
            added.ShouldContain(c => c.EntityType == "TeamMember" && c.EntityId == maria.Id.ToString() && c.Kind == Core.History.ChangeKind.Added);
            added.ShouldContain(c => c.EntityType == "CanvasItem" && c.EntityId == strategyItem.Id.ToString() && c.Kind == Core.History.ChangeKind.Added);
            added.ShouldContain(c => c.EntityType == "WorkbookAnswer" && c.EntityId == "charter/vision" && c.Kind == Core.History.ChangeKind.Deleted);
            (await db.TeamMembers.SingleAsync(m => m.Id == joe.Id)).BackupMemberId.ShouldBe(maria.Id);
            (await db.TeamMembers.SingleAsync(m => m.Id == maria.Id)).BackupMemberId.ShouldBe(joe.Id);
        }
        var snapshots = await browser.Client.GetFromJsonAsync<List<Snapshot>>($"/api/plans/{planId}/snapshots", Json);
        snapshots.ShouldNotBeNull();
        snapshots.Select(s => s.Name).ShouldBe(["Before restoring “As presented to the board on 2026-12-01”", "As presented to the board on 2026-12-01"]);
        var backup = await browser.Client.GetFromJsonAsync<Comparison>($"/api/plans/{planId}/snapshots/{snapshots[0].Id}/compare", Json);
        backup!.Differences.ShouldNotBeEmpty("the automatic snapshot keeps the work done after the board meeting");
        (await browser.Client.GetFromJsonAsync<Comparison>($"/api/plans/{planId}/snapshots/{snapshot.Id}/compare", Json))!.Differences.ShouldBeEmpty();
    }

    [Fact]
    public async Task View_ShowsTheSnapshotsContentInLabelledEntries()
    {
        var (browser, planId, _) = await SignedInAsync();
        using var _ = browser;
        await AnswerAsync(browser, planId, "charter", "values", 0, "Worker voice first");
        var snapshot = await TakeAsync(browser, planId, "First draft");
        await AnswerAsync(browser, planId, "charter", "values", (await LatestVersionAsync()), "Changed later");

        var view = await browser.Client.GetFromJsonAsync<View>($"/api/plans/{planId}/snapshots/{snapshot.Id}", Json);

        view!.Entries.ShouldContain(e => e.Section == "Project charter" && e.Label == "Values" && e.Text == "Worker voice first");
        view.Entries.ShouldContain(e => e.Section == "Plan details" && e.Label == "Plan name" && e.Text == "North plan");
    }

    private async Task<uint> LatestVersionAsync()
    {
        await using var db = App.NewDbContext();
        return (await db.WorkbookAnswers.SingleAsync()).Version;
    }

    [Fact]
    public async Task SameNameTwice_IsRefusedWithAClearMessage()
    {
        var (browser, planId, _) = await SignedInAsync();
        using var _ = browser;
        await TakeAsync(browser, planId, "Board meeting");

        var response = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/snapshots", new { name = " board meeting " });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("already has a snapshot called");
        (await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/snapshots", new { name = "  " })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/snapshots", new { name = new string('x', 121) })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Partner_CanListAndCompare_ButNotTakeOrRestore()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        var partner = await Data.UserAsync("partner@north.test", board, OrganizationRole.Partner);
        var plan = await Data.PlanAsync(board, "North plan", partner);
        using var staff = NewBrowser();
        await staff.SignInOrFailAsync("staff@north.test");
        var snapshot = await TakeAsync(staff, plan.Id, "Board meeting");
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("partner@north.test");

        (await browser.Client.GetAsync($"/api/plans/{plan.Id}/snapshots")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Client.GetAsync($"/api/plans/{plan.Id}/snapshots/{snapshot.Id}/compare")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Client.GetAsync($"/api/plans/{plan.Id}/changes")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/snapshots", new { name = "Mine" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.PostAsync($"/api/plans/{plan.Id}/snapshots/{snapshot.Id}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using (var db = App.NewDbContext())
        {
            (await db.PlanSnapshots.CountAsync()).ShouldBe(1);
        }
        await WriteAsync(db =>
        {
            db.CanvasItems.Add(new CanvasItem { PlanId = plan.Id, Square = CanvasSquare.KeyPartners, Text = "Union hall" });
            return Task.CompletedTask;
        });
        long changeId;
        await using (var db = App.NewDbContext())
        {
            changeId = await db.ChangeRecords.Select(c => c.Id).SingleAsync();
        }
        (await browser.Client.PostAsync($"/api/plans/{plan.Id}/changes/{changeId}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnotherOrganizationsPlan_IsNotFound()
    {
        var north = await Data.OrganizationAsync("north");
        var south = await Data.OrganizationAsync("south");
        await Data.UserAsync("staff@north.test", north, OrganizationRole.Staff);
        await Data.UserAsync("staff@south.test", south, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(north, "North plan");
        using var owner = NewBrowser();
        await owner.SignInOrFailAsync("staff@north.test");
        var snapshot = await TakeAsync(owner, plan.Id, "Board meeting");
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("staff@south.test");

        (await browser.Client.GetAsync($"/api/plans/{plan.Id}/snapshots")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.GetAsync($"/api/plans/{plan.Id}/snapshots/{snapshot.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.GetAsync($"/api/plans/{plan.Id}/snapshots/{snapshot.Id}/compare")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/snapshots", new { name = "Theirs" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PostAsync($"/api/plans/{plan.Id}/snapshots/{snapshot.Id}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.GetAsync($"/api/plans/{plan.Id}/changes")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PostAsync($"/api/plans/{plan.Id}/changes/1/restore", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private sealed record Answer(uint Version);

    internal sealed record Snapshot(Guid Id, string Name, DateTimeOffset TakenAt, string TakenBy);

    private sealed record Comparison(Snapshot Snapshot, List<DiffEntry> Differences);

    private sealed record View(Snapshot Snapshot, List<ContentEntry> Entries);
}
