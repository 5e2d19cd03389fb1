using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.Challenges;
using JobQuality.Core.History;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Challenges;

public sealed class ChallengesTests(AppFactory app) : AppTest(app)
{
    private static async Task<Entry> AddAsync(Browser browser, Guid planId, object body)
    {
        var response = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/challenges", body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Entry>())!;
    }

    private Task<Guid> MemberAsync(Guid planId, string name) => Data.TeamMemberAsync(planId, name);

    [Fact]
    public async Task AddFromTheLibrary_CopiesTheSuggestedResponse_ThenTheTeamAdaptsIt()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var ownerId = await MemberAsync(planId, "Rosa Delgado");
        var starter = ChallengeLibrary.Find("employer-costs")!;

        var added = await AddAsync(browser, planId, new { libraryKey = "employer-costs" });
        added.Title.ShouldBe(starter.Title);
        added.Response.ShouldBe(starter.Response);
        added.Status.ShouldBe("Open");

        var saved = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/challenges/{added.Id}", new
        {
            version = added.Version,
            title = added.Title,
            response = "Show agencies their turnover costs.",
            notes = "Met two owners.",
            status = "BeingAddressed",
            ownerMemberId = ownerId,
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var view = await browser.Client.GetFromJsonAsync<RegisterView>($"/api/plans/{planId}/challenges");
        var entry = view!.Challenges.ShouldHaveSingleItem();
        entry.Response.ShouldBe("Show agencies their turnover costs.");
        entry.Status.ShouldBe("BeingAddressed");
        entry.OwnerMemberId.ShouldBe(ownerId);
        entry.LibraryKey.ShouldBe("employer-costs");
        view.Library.Count.ShouldBeGreaterThanOrEqualTo(7);
        view.Owners.ShouldHaveSingleItem().Name.ShouldBe("Rosa Delgado");
        await using var db = App.NewDbContext();
        (await db.ChangeRecords.CountAsync(c => c.EntityType == nameof(Challenge))).ShouldBe(2);
    }

    [Fact]
    public async Task AddOwn_NeedsATitle_AndAnUnknownLibraryKeyIsRefused()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;

        var own = await AddAsync(browser, planId, new { title = "  County procurement rules change ", response = "Meet the purchasing office." });
        var noTitle = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/challenges", new { title = " " });
        var unknown = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/challenges", new { libraryKey = "no-such-thing" });

        own.Title.ShouldBe("County procurement rules change");
        own.LibraryKey.ShouldBeNull();
        noTitle.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = App.NewDbContext();
        (await db.Challenges.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task OwnerFromAnotherPlan_IsRefused()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var south = await Data.OrganizationAsync("south");
        var otherPlan = await Data.PlanAsync(south, "South plan");
        var stranger = await MemberAsync(otherPlan.Id, "Someone else");
        var added = await AddAsync(browser, planId, new { libraryKey = "partner-fatigue" });

        var saved = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/challenges/{added.Id}", new
        {
            version = added.Version,
            title = added.Title,
            response = added.Response,
            notes = "",
            status = "Open",
            ownerMemberId = stranger,
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = App.NewDbContext();
        (await db.Challenges.SingleAsync()).OwnerMemberId.ShouldBeNull();
    }

    [Fact]
    public async Task SaveOrDeleteFromAStaleVersion_IsAConflict_AndNothingIsOverwritten()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var added = await AddAsync(browser, planId, new { libraryKey = "visions-conflict" });
        (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/challenges/{added.Id}", new
        {
            version = added.Version,
            title = added.Title,
            response = "Theirs",
            notes = "",
            status = "Open",
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stale = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/challenges/{added.Id}", new
        {
            version = added.Version,
            title = added.Title,
            response = "Mine",
            notes = "",
            status = "Resolved",
        });
        var staleDelete = await browser.Client.DeleteAsync($"/api/plans/{planId}/challenges/{added.Id}?version={added.Version}");

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<Entry>())!.Response.ShouldBe("Theirs");
        staleDelete.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await using var db = App.NewDbContext();
        (await db.Challenges.SingleAsync()).Response.ShouldBe("Theirs");
    }

    [Fact]
    public async Task RemovingTheOwnerFromTheTeam_LeavesTheChallengeWithoutOwner_InTheHistory()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var ownerId = await MemberAsync(planId, "Marcus Bell");
        var added = await AddAsync(browser, planId, new { libraryKey = "leadership-turnover" });
        (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/challenges/{added.Id}", new
        {
            version = added.Version,
            title = added.Title,
            response = added.Response,
            notes = "",
            status = "Open",
            ownerMemberId = ownerId,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        uint memberVersion;
        await using (var read = App.NewDbContext()) memberVersion = (await read.TeamMembers.SingleAsync()).Version;

        (await browser.Client.DeleteAsync($"/api/plans/{planId}/team/{ownerId}?version={memberVersion}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var db = App.NewDbContext();
        (await db.Challenges.SingleAsync()).OwnerMemberId.ShouldBeNull();
        (await db.ChangeRecords.CountAsync(c => c.EntityType == nameof(Challenge) && c.Kind == ChangeKind.Modified)).ShouldBe(2);
    }

    [Fact]
    public async Task Progress_IsDoneWithThreeChallengesEachWithResponseAndOwner()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var ownerId = await MemberAsync(planId, "Linh Tran");
        async Task<ToolProgress> ProgressAsync()
        {
            await using var db = App.NewDbContext();
            return (await JobQuality.Web.Features.Workbook.JourneyProgress.ForPlanAsync(db, planId))[ChallengeLibrary.ToolKey];
        }

        (await ProgressAsync()).ShouldBe(ToolProgress.NotStarted);
        foreach (var key in new[] { "too-ambitious", "no-time-or-money", "visions-conflict" })
        {
            var added = await AddAsync(browser, planId, new { libraryKey = key });
            (await ProgressAsync()).ShouldBe(ToolProgress.InProgress);
            await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/challenges/{added.Id}", new
            {
                version = added.Version,
                title = added.Title,
                response = added.Response,
                notes = "",
                status = "Open",
                ownerMemberId = ownerId,
            });
        }
        (await ProgressAsync()).ShouldBe(ToolProgress.Done);
    }

    [Fact]
    public async Task PartnerOnThePlan_CanReadButNotWrite()
    {
        var (browser, planId) = await SignedInWithAPlanAsync(OrganizationRole.Partner);
        using var _ = browser;
        var challengeId = await SeedAsync(planId);

        (await browser.Client.GetAsync($"/api/plans/{planId}/challenges")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/challenges", new { libraryKey = "partner-fatigue" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/challenges/{challengeId}", new { version = 0, title = "x", status = "Open" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.DeleteAsync($"/api/plans/{planId}/challenges/{challengeId}?version=0")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var db = App.NewDbContext();
        (await db.Challenges.SingleAsync()).Title.ShouldBe("Their challenge");
    }

    [Fact]
    public async Task StaffOfAnotherOrganization_GetsNotFound_OnEveryEndpoint()
    {
        var (browser, myPlanId) = await SignedInWithAPlanAsync();
        using var __ = browser;
        var south = await Data.OrganizationAsync("south");
        var otherPlan = await Data.PlanAsync(south, "South plan");
        var challengeId = await SeedAsync(otherPlan.Id);

        (await browser.Client.GetAsync($"/api/plans/{otherPlan.Id}/challenges")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{otherPlan.Id}/challenges", new { libraryKey = "partner-fatigue" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PutAsJsonAsync($"/api/plans/{otherPlan.Id}/challenges/{challengeId}", new { version = 0, title = "x", status = "Open" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.DeleteAsync($"/api/plans/{otherPlan.Id}/challenges/{challengeId}?version=0")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Their challenge through my plan's URL.
        (await browser.Client.PutAsJsonAsync($"/api/plans/{myPlanId}/challenges/{challengeId}", new { version = 0, title = "x", status = "Open" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.DeleteAsync($"/api/plans/{myPlanId}/challenges/{challengeId}?version=0")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var db = App.NewDbContext();
        (await db.Challenges.SingleAsync()).Title.ShouldBe("Their challenge");
    }

    private async Task<Guid> SeedAsync(Guid planId)
    {
        await using var db = App.NewDbContext();
        var challenge = new Challenge { PlanId = planId, Title = "Their challenge", Response = "Their response" };
        db.Challenges.Add(challenge);
        await db.SaveChangesAsync();
        return challenge.Id;
    }

    private sealed record Entry(Guid Id, string Title, string Response, string Notes, string Status, Guid? OwnerMemberId, string? LibraryKey, uint Version);

    private sealed record Starter(string Key, string Title, string Response);

    private sealed record Owner(Guid Id, string Name);

    private sealed record RegisterView(List<Entry> Challenges, List<Starter> Library, List<Owner> Owners);
}
