using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.Organizations;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JobQuality.Integration.Tests.Features.Plans;

public sealed class PlanAuthorizationTests(AppFactory app) : AppTest(app)
{
    /// <summary>Every page and endpoint that takes a plan id.</summary>
    public static TheoryData<string, string> PlanRoutes => new()
    {
        { "GET", "/plans/{plan}" },
        { "GET", "/api/plans/{plan}" },
        { "GET", "/api/plans/{plan}/history" },
        { "GET", "/api/plans/{plan}/value-proposition" },
        { "PUT", "/api/plans/{plan}/value-proposition" },
        { "PUT", "/api/plans/{plan}" },
        { "POST", "/api/plans/{plan}/archive" },
        { "POST", "/api/plans/{plan}/restore" },
        { "POST", "/api/plans/{plan}/partners" },
    };

    /// <summary>Every page and endpoint that takes an organization.</summary>
    public static TheoryData<string, string> OrganizationRoutes => new()
    {
        { "GET", "/orgs/{org}" },
        { "GET", "/orgs/{org}/people" },
        { "GET", "/api/orgs/{org}/plans" },
        { "POST", "/api/orgs/{org}/plans" },
        { "GET", "/api/orgs/{org}/people" },
        { "GET", "/orgs/{org}/living-wage" },
        { "GET", "/api/orgs/{org}/living-wage" },
        { "POST", "/api/orgs/{org}/living-wage" },
    };

    [Theory]
    [MemberData(nameof(PlanRoutes))]
    public async Task StaffOfAnotherOrganization_GetsNotFound_ForEveryPlanRoute(string method, string route)
    {
        var (browser, otherPlan) = await StaffOfNorthWithAPlanOfSouthAsync();

        var response = await SendAsync(browser, method, route.Replace("{plan}", otherPlan.ToString()));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = App.NewDbContext();
        var plan = await db.Plans.SingleAsync(p => p.Id == otherPlan);
        plan.Name.ShouldBe("South plan");
        plan.ArchivedAt.ShouldBeNull();
        (await db.PlanMembers.CountAsync()).ShouldBe(0);
        App.Logs.ShouldContain(l => l.Level == LogLevel.Warning && l.Message.Contains(otherPlan.ToString()),
            "A refused attempt to reach another organization's plan must be logged.");
    }

    [Theory]
    [MemberData(nameof(OrganizationRoutes))]
    public async Task StaffOfAnotherOrganization_GetsNotFound_ForEveryOrganizationRoute(string method, string route)
    {
        var (browser, _) = await StaffOfNorthWithAPlanOfSouthAsync();

        var response = await SendAsync(browser, method, route.Replace("{org}", "south"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = App.NewDbContext();
        (await db.Plans.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task PartnerNotAddedToAPlan_GetsNotFound_AndDoesNotSeeItListed()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("partner@north.test", board, OrganizationRole.Partner);
        var plan = await Data.PlanAsync(board, "Private plan");
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("partner@north.test");

        (await browser.Client.GetAsync($"/plans/{plan.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.GetAsync($"/api/plans/{plan.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await browser.Client.GetFromJsonAsync<PlanListBody>("/api/orgs/north/plans");
        list!.Plans.ShouldBeEmpty();
    }

    [Fact]
    public async Task PartnerAddedToAPlan_SeesItButCannotChangeIt()
    {
        var board = await Data.OrganizationAsync("north");
        var partner = await Data.UserAsync("partner@north.test", board, OrganizationRole.Partner);
        var plan = await Data.PlanAsync(board, "Shared plan", partner);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("partner@north.test");

        (await browser.Client.GetAsync($"/plans/{plan.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Client.GetFromJsonAsync<PlanListBody>("/api/orgs/north/plans"))!.Plans.Select(p => p.Name).ShouldBe(["Shared plan"]);
        var rename = await browser.Client.PutAsJsonAsync($"/api/plans/{plan.Id}", new { version = plan.Version, name = "Renamed", teamName = "Team" });

        rename.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var db = App.NewDbContext();
        (await db.Plans.SingleAsync()).Name.ShouldBe("Shared plan");
    }

    [Fact]
    public async Task SignedOutVisitor_IsSentToSignIn()
    {
        var board = await Data.OrganizationAsync("north");
        var plan = await Data.PlanAsync(board, "North plan");
        using var browser = NewBrowser();

        var page = await browser.Client.GetAsync($"/plans/{plan.Id}");
        var api = await browser.Client.GetAsync($"/api/plans/{plan.Id}");

        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/account/login");
        api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<(Browser Browser, Guid OtherPlan)> StaffOfNorthWithAPlanOfSouthAsync()
    {
        var north = await Data.OrganizationAsync("north");
        var south = await Data.OrganizationAsync("south");
        await Data.UserAsync("staff@north.test", north, OrganizationRole.Staff);
        var southPartner = await Data.UserAsync("partner@south.test", south, OrganizationRole.Partner);
        var plan = await Data.PlanAsync(south, "South plan");
        var browser = NewBrowser();
        await browser.SignInOrFailAsync("staff@north.test");
        _ = southPartner;
        return (browser, plan.Id);
    }

    private static Task<HttpResponseMessage> SendAsync(Browser browser, string method, string url) => method switch
    {
        "GET" => browser.Client.GetAsync(url),
        "PUT" => browser.Client.PutAsJsonAsync(url, new { version = 0, name = "Hijacked", teamName = "Hijacked" }),
        "POST" when url.EndsWith("/partners") => browser.Client.PostAsJsonAsync(url, new { userId = "anyone" }),
        "POST" => browser.Client.PostAsJsonAsync(url, new { name = "Hijacked", teamName = "Hijacked" }),
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    private sealed record PlanListBody(List<PlanBody> Plans);

    private sealed record PlanBody(Guid Id, string Name);
}
