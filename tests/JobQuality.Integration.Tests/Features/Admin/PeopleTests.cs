using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.Organizations;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Admin;

public sealed class PeopleTests(AppFactory app) : AppTest(app)
{
    [Fact]
    public async Task AdminAddsAPartnerToAPlan_ThePartnerCanThenOpenIt()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("admin@north.test", board, OrganizationRole.Admin);
        var partner = await Data.UserAsync("partner@north.test", board, OrganizationRole.Partner);
        var plan = await Data.PlanAsync(board, "Shared later");
        using var admin = NewBrowser();
        using var partnerBrowser = NewBrowser();
        await admin.SignInOrFailAsync("admin@north.test");
        await partnerBrowser.SignInOrFailAsync("partner@north.test");
        (await partnerBrowser.Client.GetAsync($"/api/plans/{plan.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var added = await admin.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/partners", new { userId = partner.Id });

        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await partnerBrowser.Client.GetAsync($"/api/plans/{plan.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(OrganizationRole.Staff)]
    [InlineData(OrganizationRole.Director)]
    [InlineData(OrganizationRole.Partner)]
    public async Task OnlyAdministrators_ManagePeople(OrganizationRole role)
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("someone@north.test", board, role);
        var partner = await Data.UserAsync("partner2@north.test", board, OrganizationRole.Partner);
        var plan = await Data.PlanAsync(board, "Plan");
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("someone@north.test");

        (await browser.Client.GetAsync("/api/orgs/north/people")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var added = await browser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/partners", new { userId = partner.Id });

        added.IsSuccessStatusCode.ShouldBeFalse();
        await using var db = App.NewDbContext();
        (await db.PlanMembers.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AddingStaffToAPlan_IsRefusedWithAReason()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("admin@north.test", board, OrganizationRole.Admin);
        var staff = await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "Plan");
        using var admin = NewBrowser();
        await admin.SignInOrFailAsync("admin@north.test");

        var response = await admin.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/partners", new { userId = staff.Id });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("already see every plan");
    }
}
