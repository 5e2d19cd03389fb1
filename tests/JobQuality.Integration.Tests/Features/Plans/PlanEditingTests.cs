using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.Organizations;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Plans;

public sealed class PlanEditingTests(AppFactory app) : AppTest(app)
{
    [Fact]
    public async Task CreatePlan_AsStaff_SavesItWithWhoCreatedItAndWhen()
    {
        var board = await Data.OrganizationAsync("north");
        var staff = await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("staff@north.test");

        var response = await browser.Client.PostAsJsonAsync("/api/orgs/north/plans",
            new { name = "  Manufacturing quality jobs ", teamName = "North Coalition, Riverside AJC", region = "River County", focus = "Machinists" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = App.NewDbContext();
        var plan = await db.Plans.SingleAsync();
        plan.Name.ShouldBe("Manufacturing quality jobs");
        plan.OrganizationId.ShouldBe(board.Id);
        plan.CreatedBy.ShouldBe(staff.Id);
        plan.CreatedAt.ShouldBe(App.Clock.GetUtcNow(), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task CreatePlan_WithoutAName_IsRefusedNamingTheField()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("staff@north.test");

        var response = await browser.Client.PostAsJsonAsync("/api/orgs/north/plans", new { name = " ", teamName = "Team" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("\"Name\"");
        body.ShouldContain("Give the plan a name.");
        await using var db = App.NewDbContext();
        (await db.Plans.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task CreatePlan_AsPartner_IsNotAllowed()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("partner@north.test", board, OrganizationRole.Partner);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("partner@north.test");

        var response = await browser.Client.PostAsJsonAsync("/api/orgs/north/plans", new { name = "Mine", teamName = "Team" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var db = App.NewDbContext();
        (await db.Plans.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task RenamePlan_TwoPeopleFromTheSameVersion_TheSecondGetsAConflictAndNothingIsOverwritten()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        await Data.UserAsync("director@north.test", board, OrganizationRole.Director);
        var plan = await Data.PlanAsync(board, "Original name");
        using var staff = NewBrowser();
        using var director = NewBrowser();
        await staff.SignInOrFailAsync("staff@north.test");
        await director.SignInOrFailAsync("director@north.test");
        var loadedVersion = (await staff.Client.GetFromJsonAsync<PlanOverviewBody>($"/api/plans/{plan.Id}"))!.Plan.Version;

        var first = await staff.Client.PutAsJsonAsync($"/api/plans/{plan.Id}",
            new { version = loadedVersion, name = "Staff's name", teamName = "Team" });
        var second = await director.Client.PutAsJsonAsync($"/api/plans/{plan.Id}",
            new { version = loadedVersion, name = "Director's name", teamName = "Team" });

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var theirs = await second.Content.ReadFromJsonAsync<PlanBody>();
        theirs!.Name.ShouldBe("Staff's name");
        await using var db = App.NewDbContext();
        (await db.Plans.SingleAsync()).Name.ShouldBe("Staff's name");
    }

    [Fact]
    public async Task RenamePlan_AfterSeeingTheConflict_CanKeepTheirOwnVersion()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "Original name");
        using var staff = NewBrowser();
        await staff.SignInOrFailAsync("staff@north.test");
        var stale = plan.Version;
        await staff.Client.PutAsJsonAsync($"/api/plans/{plan.Id}", new { version = stale, name = "Their name", teamName = "Team" });
        var conflict = await staff.Client.PutAsJsonAsync($"/api/plans/{plan.Id}", new { version = stale, name = "My name", teamName = "Team" });
        var theirs = await conflict.Content.ReadFromJsonAsync<PlanBody>();

        var retry = await staff.Client.PutAsJsonAsync($"/api/plans/{plan.Id}", new { version = theirs!.Version, name = "My name", teamName = "Team" });

        retry.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = App.NewDbContext();
        (await db.Plans.SingleAsync()).Name.ShouldBe("My name");
    }

    [Fact]
    public async Task ArchivePlan_HidesItFromTheActiveList_AndRestoreBringsItBack()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "Old plan");
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("staff@north.test");

        (await browser.Client.PostAsync($"/api/plans/{plan.Id}/archive", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterArchive = await browser.Client.GetFromJsonAsync<PlanListBody>("/api/orgs/north/plans");
        (await browser.Client.PostAsync($"/api/plans/{plan.Id}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterRestore = await browser.Client.GetFromJsonAsync<PlanListBody>("/api/orgs/north/plans");

        afterArchive!.Plans.ShouldBeEmpty();
        afterArchive.ArchivedCount.ShouldBe(1);
        afterRestore!.Plans.Select(p => p.Name).ShouldBe(["Old plan"]);
    }

    private sealed record PlanBody(Guid Id, string Name, uint Version);

    private sealed record PlanOverviewBody(PlanBody Plan);

    private sealed record PlanListBody(List<PlanBody> Plans, int ArchivedCount);
}
