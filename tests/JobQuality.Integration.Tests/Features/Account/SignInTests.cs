using System.Net;
using JobQuality.Core.Organizations;
using JobQuality.Data.Identity;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Integration.Tests.Features.Account;

public sealed class SignInTests(AppFactory app) : AppTest(app)
{
    [Fact]
    public async Task SignIn_WithTheRightPassword_OpensTheirOrganizationsPlans()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        using var browser = NewBrowser();

        var response = await browser.SignInAsync("staff@north.test", TestData.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.Client.GetAsync("/api/orgs/north/plans")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ASessionStartedOnOneAppInstance_IsAcceptedByAnother()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        using var browser = NewBrowser();
        var signIn = await browser.SignInAsync("staff@north.test", TestData.Password);
        var sessionCookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("JobQuality.Session=")).Split(';')[0];

        // A second instance on the same database, as behind a load balancer: it reads the cookie keys from PostgreSQL.
        await using var secondInstance = App.WithWebHostBuilder(_ => { });
        using var client = secondInstance.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", sessionCookie);

        (await client.GetAsync("/api/orgs/north/plans")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = App.NewDbContext();
        db.DataProtectionKeys.Count().ShouldBeGreaterThan(0, "the keys must live in the shared database, not on one machine's disk");
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_IsRefusedWithAMessage()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        using var browser = NewBrowser();

        var response = await browser.SignInAsync("staff@north.test", "not the password at all");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("do not match an active account");
        (await browser.Client.GetAsync("/api/orgs/north/plans")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        using var browser = NewBrowser();

        for (var attempt = 1; attempt <= JobQualityIdentity.MaxFailedSignIns; attempt++)
        {
            await browser.SignInAsync("staff@north.test", $"wrong password number {attempt}");
        }
        var response = await browser.SignInAsync("staff@north.test", TestData.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("locked for 15 minutes");
        (await browser.Client.GetAsync("/api/orgs/north/plans")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignIn_ForADisabledAccount_IsRefused()
    {
        var board = await Data.OrganizationAsync("north");
        var user = await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        await DisableAsync(user);
        using var browser = NewBrowser();

        var response = await browser.SignInAsync("staff@north.test", TestData.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Client.GetAsync("/api/orgs/north/plans")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DisablingAUser_EndsTheirOpenSessionAtTheNextCheck()
    {
        var board = await Data.OrganizationAsync("north");
        var user = await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("staff@north.test");

        await DisableAsync(user);
        App.Clock.Advance(TimeSpan.FromMinutes(2));

        (await browser.Client.GetAsync("/api/orgs/north/plans")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Session_IdleForMoreThan30Minutes_Ends()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("staff@north.test");

        App.Clock.Advance(TimeSpan.FromMinutes(29));
        (await browser.Client.GetAsync("/api/orgs/north/plans")).StatusCode.ShouldBe(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromMinutes(31));

        (await browser.Client.GetAsync("/api/orgs/north/plans")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Session_KeptActive_EndsAfter12Hours()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("staff@north.test");

        // Active every 20 minutes, so the idle limit never applies.
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.5); elapsed += TimeSpan.FromMinutes(20))
        {
            App.Clock.Advance(TimeSpan.FromMinutes(20));
            (await browser.Client.GetAsync("/api/orgs/north/plans")).StatusCode.ShouldBe(HttpStatusCode.OK, $"after {elapsed}");
        }
        App.Clock.Advance(TimeSpan.FromMinutes(40));

        (await browser.Client.GetAsync("/api/orgs/north/plans")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("staff@north.test");

        var response = await browser.SubmitFormAsync("/account/change-password", handler: null, [], postTo: "/account/logout");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.Client.GetAsync("/api/orgs/north/plans")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task DisableAsync(AppUser user)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await AccountStatus.SetDisabledAsync(users, (await users.FindByIdAsync(user.Id))!, disabled: true);
    }
}
