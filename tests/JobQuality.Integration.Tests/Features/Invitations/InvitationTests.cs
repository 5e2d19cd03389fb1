using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JobQuality.Core.Invitations;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Integration.Tests.Features.Comments;
using JobQuality.Integration.Tests.Infrastructure;
using JobQuality.Web.Features.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Invitations;

/// <summary>Inviting partners by email, accepting through the link, and the link's single, seven-day use.</summary>
public sealed class InvitationTests(AppFactory app) : AppTest(app)
{
    private const string Newcomer = "dana@harbor-college.test";

    /// <summary>Staff of "north", signed in, with a plan of that board.</summary>
    private async Task<(Browser Staff, Organization Board, Guid PlanId)> StaffWithAPlanAsync()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "North plan");
        var staff = NewBrowser();
        await staff.SignInOrFailAsync("kim@north.test");
        return (staff, board, plan.Id);
    }

    private static async Task<JsonElement> InviteAsync(Browser inviter, Guid planId, string email)
    {
        var response = await inviter.Client.PostAsJsonAsync($"/api/plans/{planId}/invitations", new { email });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The link's secret, the last segment of the link the inviter was given.</summary>
    private static async Task<string> InvitationTokenAsync(Browser inviter, Guid planId, string email)
    {
        var link = (await InviteAsync(inviter, planId, email)).GetProperty("link").GetString()!;
        link.ShouldStartWith("http://localhost/invitations/");
        return link[(link.LastIndexOf('/') + 1)..];
    }

    private static Task<HttpResponseMessage> CreateAccountAsync(Browser browser, string token, string name = "Dana Ruiz", string password = TestData.Password) =>
        browser.SubmitFormAsync($"/invitations/{token}", "create-account", new()
        {
            ["Input.DisplayName"] = name,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });

    /// <summary>
    /// Opens the page now and posts its form later, as someone who leaves the page open does: the antiforgery token is
    /// taken from the page as it was when opened.
    /// </summary>
    private static async Task<Func<Task<HttpResponseMessage>>> OpenCreateFormAsync(Browser browser, string token)
    {
        (await browser.Client.GetStringAsync($"/invitations/{token}")).ShouldContain("Create your account");
        return await browser.OpenFormAsync($"/invitations/{token}", "create-account", new()
        {
            ["Input.DisplayName"] = "Dana Ruiz",
            ["Input.Password"] = TestData.Password,
            ["Input.ConfirmPassword"] = TestData.Password,
        });
    }

    private static Task<HttpResponseMessage> AcceptAsync(Browser browser, string token) =>
        browser.SubmitFormAsync($"/invitations/{token}", "accept-invitation", []);

    private static void ShouldOpenThePlan(HttpResponseMessage response, Guid planId) =>
        PathOf(response).ShouldBe($"/plans/{planId}", $"Expected a redirect to the plan, got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");

    /// <summary>Where a redirect goes (server-rendered pages redirect to absolute addresses).</summary>
    private static string? PathOf(HttpResponseMessage response) =>
        response.Headers.Location is { } location ? (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString) : null;

    [Fact]
    public async Task Accept_WithoutAnAccount_CreatesAPartnerAccount_SignsIn_AndOpensThePlan()
    {
        var (staff, board, planId) = await StaffWithAPlanAsync();
        var token = await InvitationTokenAsync(staff, planId, "Dana@Harbor-College.test");
        using var newcomer = NewBrowser();

        var page = await newcomer.Client.GetStringAsync($"/invitations/{token}");
        page.ShouldContain("Create your account");
        page.ShouldContain("North plan");
        var response = await CreateAccountAsync(newcomer, token);

        ShouldOpenThePlan(response, planId);
        (await newcomer.Client.GetAsync($"/api/plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = App.NewDbContext();
        var user = await db.Users.SingleAsync(u => u.NormalizedEmail == "DANA@HARBOR-COLLEGE.TEST");
        user.DisplayName.ShouldBe("Dana Ruiz");
        user.EmailConfirmed.ShouldBeTrue();
        (await db.OrganizationMemberships.SingleAsync(m => m.UserId == user.Id)).ShouldSatisfyAllConditions(
            m => m.OrganizationId.ShouldBe(board.Id),
            m => m.Role.ShouldBe(OrganizationRole.Partner));
        (await db.PlanMembers.CountAsync(m => m.UserId == user.Id && m.PlanId == planId)).ShouldBe(1);
        var invitation = await db.PlanInvitations.SingleAsync();
        invitation.AcceptedBy.ShouldBe(user.Id);
        invitation.AcceptedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Accept_WithAWeakPassword_SaysWhy_AndCreatesNothing()
    {
        var (staff, _, planId) = await StaffWithAPlanAsync();
        var token = await InvitationTokenAsync(staff, planId, Newcomer);
        using var newcomer = NewBrowser();

        var response = await CreateAccountAsync(newcomer, token, password: "password1234");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("common");
        await using var db = App.NewDbContext();
        (await db.Users.CountAsync(u => u.NormalizedEmail == Newcomer.ToUpperInvariant())).ShouldBe(0);
        (await db.PlanInvitations.SingleAsync()).AcceptedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Accept_WithAnExistingAccount_AsksToSignInFirst_ThenLinksThatAccount()
    {
        var (staff, board, planId) = await StaffWithAPlanAsync();
        var elsewhere = await Data.OrganizationAsync("south");
        var existing = await Data.UserAsync(Newcomer, elsewhere, OrganizationRole.Staff);
        var token = await InvitationTokenAsync(staff, planId, Newcomer);
        using var partner = NewBrowser();

        var page = await partner.Client.GetStringAsync($"/invitations/{token}");
        page.ShouldContain("Sign in to accept");
        page.ShouldContain($"returnUrl=%2Finvitations%2F{token}");
        page.ShouldNotContain("Create your account");
        var signIn = await partner.SubmitFormAsync($"/account/login?returnUrl=%2Finvitations%2F{token}", "login",
            new() { ["Input.Email"] = Newcomer, ["Input.Password"] = TestData.Password });
        PathOf(signIn).ShouldBe($"/invitations/{token}");
        var response = await AcceptAsync(partner, token);

        ShouldOpenThePlan(response, planId);
        (await partner.Client.GetAsync($"/api/plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = App.NewDbContext();
        (await db.OrganizationMemberships.SingleAsync(m => m.UserId == existing.Id && m.OrganizationId == board.Id)).Role.ShouldBe(OrganizationRole.Partner);
        (await db.OrganizationMemberships.SingleAsync(m => m.UserId == existing.Id && m.OrganizationId == elsewhere.Id)).Role.ShouldBe(OrganizationRole.Staff);
        (await db.PlanInvitations.SingleAsync()).AcceptedBy.ShouldBe(existing.Id);
    }

    [Fact]
    public async Task Accept_ByStaffOfTheBoard_MarksItAccepted_AndAddsNothing()
    {
        var (staff, board, planId) = await StaffWithAPlanAsync();
        var token = await InvitationTokenAsync(staff, planId, Newcomer);
        // Made staff after the invitation went out.
        var colleague = await Data.UserAsync(Newcomer, board, OrganizationRole.Staff);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync(Newcomer);

        ShouldOpenThePlan(await AcceptAsync(browser, token), planId);

        await using var db = App.NewDbContext();
        (await db.OrganizationMemberships.SingleAsync(m => m.UserId == colleague.Id)).Role.ShouldBe(OrganizationRole.Staff);
        (await db.PlanMembers.CountAsync()).ShouldBe(0);
        (await db.PlanInvitations.SingleAsync()).AcceptedBy.ShouldBe(colleague.Id);
    }

    [Fact]
    public async Task Accept_SignedInWithAnotherAddress_IsRefusedWithWhatToDo()
    {
        var (staff, board, planId) = await StaffWithAPlanAsync();
        await Data.UserAsync("someone.else@north.test", board, OrganizationRole.Partner);
        var token = await InvitationTokenAsync(staff, planId, Newcomer);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("someone.else@north.test");

        var page = await browser.Client.GetStringAsync($"/invitations/{token}");
        page.ShouldContain($"This invitation was sent to {Newcomer}, but you are signed in as someone.else@north.test");
        page.ShouldNotContain("Accept and open the plan");
        var response = await AcceptAsync(browser, token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("ask the person who invited you to invite that address");
        (await browser.Client.GetAsync($"/api/plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = App.NewDbContext();
        (await db.PlanInvitations.SingleAsync()).AcceptedAt.ShouldBeNull();
    }

    [Fact]
    public async Task AnExpiredLink_IsRefused_AndSaysToAskForANewOne()
    {
        var (staff, _, planId) = await StaffWithAPlanAsync();
        var token = await InvitationTokenAsync(staff, planId, Newcomer);
        App.Clock.Advance(PlanInvitation.Lifetime + TimeSpan.FromMinutes(1));
        using var newcomer = NewBrowser();

        var page = await newcomer.Client.GetStringAsync($"/invitations/{token}");
        page.ShouldContain("This invitation has expired");
        page.ShouldContain("Ask kim to invite you again");
        page.ShouldNotContain("Create your account");
    }

    [Fact]
    public async Task AnExpiredLink_CannotCreateAnAccountEvenWithAFormFromBefore()
    {
        var (staff, _, planId) = await StaffWithAPlanAsync();
        var token = await InvitationTokenAsync(staff, planId, Newcomer);
        using var newcomer = NewBrowser();
        var submit = await OpenCreateFormAsync(newcomer, token);
        App.Clock.Advance(PlanInvitation.Lifetime);

        var response = await submit();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("This invitation has expired");
        page.ShouldContain("Invitation links work for 7 days");
        await using var db = App.NewDbContext();
        (await db.Users.CountAsync(u => u.NormalizedEmail == Newcomer.ToUpperInvariant())).ShouldBe(0);
    }

    [Fact]
    public async Task AUsedLink_IsRefusedTheSecondTime()
    {
        var (staff, _, planId) = await StaffWithAPlanAsync();
        var token = await InvitationTokenAsync(staff, planId, Newcomer);
        using (var first = NewBrowser()) ShouldOpenThePlan(await CreateAccountAsync(first, token), planId);
        using var second = NewBrowser();

        var page = await second.Client.GetStringAsync($"/invitations/{token}");

        page.ShouldContain("This invitation has been used");
        page.ShouldContain("each link works only once");
        page.ShouldNotContain("Create your account");
    }

    [Fact]
    public async Task ARevokedLink_IsRefused_AndNamesWhoToAsk()
    {
        var (staff, _, planId) = await StaffWithAPlanAsync();
        var invited = await InviteAsync(staff, planId, Newcomer);
        var link = invited.GetProperty("link").GetString()!;
        var id = invited.GetProperty("invitation").GetProperty("id").GetGuid();
        using var newcomer = NewBrowser();
        var submit = await OpenCreateFormAsync(newcomer, link[(link.LastIndexOf('/') + 1)..]);

        var revoked = await staff.Client.PostAsync($"/api/plans/{planId}/invitations/{id}/revoke", null);

        revoked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await newcomer.Client.GetStringAsync(link)).ShouldContain("This invitation was withdrawn");
        var response = await submit();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("ask kim to send a new link");
        await using var db = App.NewDbContext();
        (await db.Users.CountAsync(u => u.NormalizedEmail == Newcomer.ToUpperInvariant())).ShouldBe(0);
    }

    [Fact]
    public async Task AMadeUpLink_SaysItDoesNotWork_AndNamesNothing()
    {
        using var anyone = NewBrowser();

        var shortLink = await anyone.Client.GetStringAsync("/invitations/not-a-token");
        var wellFormed = await anyone.Client.GetStringAsync($"/invitations/{InvitationToken.Generate().Token}");

        shortLink.ShouldContain("This invitation link does not work");
        wellFormed.ShouldContain("This invitation link does not work");
        wellFormed.ShouldContain("ask the person who invited you to send a new link");
    }

    [Fact]
    public async Task TheTokenIsStoredOnlyAsItsSha256_AndNeverLogged()
    {
        var (staff, _, planId) = await StaffWithAPlanAsync();

        var token = await InvitationTokenAsync(staff, planId, Newcomer);

        token.Length.ShouldBe(43, "32 random bytes in base64url");
        await using var db = App.NewDbContext();
        var stored = await db.PlanInvitations.SingleAsync();
        stored.TokenHash.ShouldBe(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        var row = await db.Database.SqlQueryRaw<string>("""SELECT row_to_json(i)::text AS "Value" FROM "PlanInvitations" i""").SingleAsync();
        row.ShouldNotContain(token);
        row.ShouldNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(token)));
        App.Logs.ShouldNotContain(l => l.Message.Contains(token));
    }

    [Fact]
    public async Task InvitingTheSameAddressAgain_ReplacesTheEarlierLink()
    {
        var (staff, _, planId) = await StaffWithAPlanAsync();
        var first = await InvitationTokenAsync(staff, planId, Newcomer);

        var again = await InviteAsync(staff, planId, "  DANA@harbor-college.test ");

        again.GetProperty("replacedEarlier").GetBoolean().ShouldBeTrue();
        using var newcomer = NewBrowser();
        (await newcomer.Client.GetStringAsync($"/invitations/{first}")).ShouldContain("This invitation was withdrawn");
        var pending = await staff.Client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/invitations?status=Pending");
        pending.GetArrayLength().ShouldBe(1);
        pending[0].GetProperty("email").GetString().ShouldBe("DANA@harbor-college.test");
        var link = again.GetProperty("link").GetString()!;
        ShouldOpenThePlan(await CreateAccountAsync(newcomer, link[(link.LastIndexOf('/') + 1)..]), planId);
    }

    [Fact]
    public async Task Invite_TwentyAnHourPerPerson_ThenSaysWhenTheyCanInviteAgain()
    {
        var (staff, board, planId) = await StaffWithAPlanAsync();
        using var _s = staff;
        var other = await Data.PlanAsync(board, "Other plan");
        await Data.UserAsync("lee@north.test", board, OrganizationRole.Director);
        for (var i = 1; i <= InvitePartner.RateLimit - 2; i++)
        {
            await InviteAsync(staff, planId, $"partner{i}@x.test");
            App.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        // 18 sent, one a minute; four more at the same moment: the count is taken one request after another.
        var together = await Task.WhenAll(Enumerable.Range(1, 4).Select(i =>
            staff.Client.PostAsJsonAsync($"/api/plans/{planId}/invitations", new { email = $"together{i}@x.test" })));
        App.Clock.Advance(TimeSpan.FromMinutes(2));
        var onAnotherPlan = await staff.Client.PostAsJsonAsync($"/api/plans/{other.Id}/invitations", new { email = Newcomer });
        using var lee = NewBrowser();
        await lee.SignInOrFailAsync("lee@north.test");
        var byAnotherPerson = await lee.Client.PostAsJsonAsync($"/api/plans/{planId}/invitations", new { email = Newcomer });

        together.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(2);
        together.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests).ShouldBe(2);
        onAnotherPlan.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "the limit is per person, across plans");
        (await CommentsTests.ErrorAsync(onAnotherPlan, "Email")).ShouldBe(
            "You have sent 20 invitations in the last hour, the most one person can send. You can invite again in 40 minutes. The address you typed is still here.");
        byAnotherPerson.StatusCode.ShouldBe(HttpStatusCode.OK, "the limit is per person, not per plan or board");

        App.Clock.Advance(TimeSpan.FromMinutes(40));
        await staff.SignInOrFailAsync("kim@north.test");
        await InviteAsync(staff, other.Id, Newcomer);
        await using var db = App.NewDbContext();
        var kim = await db.Users.SingleAsync(u => u.Email == "kim@north.test");
        (await db.PlanInvitations.CountAsync(i => i.InvitedBy == kim.Id)).ShouldBe(21, "refused invitations store nothing");
    }

    [Fact]
    public async Task ListInvitations_GivesEachItsStatusInWords()
    {
        var (staff, _, planId) = await StaffWithAPlanAsync();
        var expiring = await InviteAsync(staff, planId, "expires@x.test");
        App.Clock.Advance(PlanInvitation.Lifetime);
        await staff.SignInOrFailAsync("kim@north.test");
        await InviteAsync(staff, planId, "pending@x.test");
        var revoked = await InviteAsync(staff, planId, "revoked@x.test");
        await staff.Client.PostAsync($"/api/plans/{planId}/invitations/{revoked.GetProperty("invitation").GetProperty("id").GetGuid()}/revoke", null);
        var accepted = (await InviteAsync(staff, planId, "accepted@x.test")).GetProperty("link").GetString()!;
        using (var partner = NewBrowser()) await CreateAccountAsync(partner, accepted[(accepted.LastIndexOf('/') + 1)..]);

        var list = await staff.Client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/invitations");

        var statuses = list.EnumerateArray().ToDictionary(i => i.GetProperty("email").GetString()!, i => (i.GetProperty("status").GetString(), i.GetProperty("statusText").GetString()));
        statuses["pending@x.test"].ShouldBe(("Pending", "Waiting for a reply"));
        statuses["accepted@x.test"].ShouldBe(("Accepted", "Accepted"));
        statuses["expires@x.test"].ShouldBe(("Expired", "Expired"));
        statuses["revoked@x.test"].ShouldBe(("Revoked", "Revoked"));
        list.EnumerateArray().Single(i => i.GetProperty("email").GetString() == "accepted@x.test").GetProperty("acceptedByName").GetString().ShouldBe("Dana Ruiz");
        expiring.GetProperty("invitation").GetProperty("status").GetString().ShouldBe("Pending");
    }

    [Fact]
    public async Task Invite_IntoAnArchivedPlan_OrForStaff_OrForAPartnerAlreadyOnThePlan_IsRefusedWithAReason()
    {
        var (staff, board, planId) = await StaffWithAPlanAsync();
        await Data.UserAsync("lee@north.test", board, OrganizationRole.Director);
        var partner = await Data.UserAsync("partner@north.test", board, OrganizationRole.Partner);
        await WriteAsync(db =>
        {
            db.PlanMembers.Add(new PlanMember { PlanId = planId, UserId = partner.Id });
            return Task.CompletedTask;
        });

        var director = await staff.Client.PostAsJsonAsync($"/api/plans/{planId}/invitations", new { email = "LEE@north.test" });
        var already = await staff.Client.PostAsJsonAsync($"/api/plans/{planId}/invitations", new { email = "partner@north.test" });
        var notAnAddress = await staff.Client.PostAsJsonAsync($"/api/plans/{planId}/invitations", new { email = "Dana <dana@x.test>" });
        await staff.Client.PostAsync($"/api/plans/{planId}/archive", null);
        var archived = await staff.Client.PostAsJsonAsync($"/api/plans/{planId}/invitations", new { email = Newcomer });

        director.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await director.Content.ReadAsStringAsync()).ShouldContain("already sees every plan");
        (await already.Content.ReadAsStringAsync()).ShouldContain("already a partner on this plan");
        notAnAddress.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await archived.Content.ReadAsStringAsync()).ShouldContain("This plan is archived");
        await using var db = App.NewDbContext();
        (await db.PlanInvitations.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(OrganizationRole.Director)]
    [InlineData(OrganizationRole.Admin)]
    public async Task DirectorsAndAdministrators_Invite(OrganizationRole role)
    {
        var (browser, planId) = await SignedInWithAPlanAsync(role);

        var invited = await InviteAsync(browser, planId, Newcomer);

        invited.GetProperty("emailed").GetBoolean().ShouldBeFalse();
        invited.GetProperty("link").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task APartner_MayNotInvite_ListInvitationsOrPartners_Revoke_OrRemove()
    {
        var (staff, board, planId) = await StaffWithAPlanAsync();
        var invitationId = (await InviteAsync(staff, planId, Newcomer)).GetProperty("invitation").GetProperty("id").GetGuid();
        var partner = await Data.UserAsync("partner@north.test", board, OrganizationRole.Partner);
        await WriteAsync(db =>
        {
            db.PlanMembers.Add(new PlanMember { PlanId = planId, UserId = partner.Id });
            return Task.CompletedTask;
        });
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("partner@north.test");

        (await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/invitations", new { email = "friend@x.test" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.GetAsync($"/api/plans/{planId}/invitations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.GetAsync($"/api/plans/{planId}/partners")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.PostAsync($"/api/plans/{planId}/invitations/{invitationId}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.DeleteAsync($"/api/plans/{planId}/partners/{partner.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var db = App.NewDbContext();
        (await db.PlanInvitations.CountAsync()).ShouldBe(1);
        (await db.PlanInvitations.SingleAsync()).RevokedAt.ShouldBeNull();
        (await db.PlanMembers.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task IdsOfAnotherPlanOrOrganization_AreNotFound_ThroughYourOwnPlan()
    {
        var (staff, board, planId) = await StaffWithAPlanAsync();
        var secondPlan = await Data.PlanAsync(board, "Second north plan");
        var south = await Data.OrganizationAsync("south");
        await Data.UserAsync("sam@south.test", south, OrganizationRole.Staff);
        var southPlan = await Data.PlanAsync(south, "South plan");
        var northPartner = await Data.UserAsync("np@north.test", board, OrganizationRole.Partner);
        var southPartner = await Data.UserAsync("sp@south.test", south, OrganizationRole.Partner);
        await WriteAsync(db =>
        {
            db.PlanMembers.Add(new PlanMember { PlanId = secondPlan.Id, UserId = northPartner.Id });
            db.PlanMembers.Add(new PlanMember { PlanId = southPlan.Id, UserId = southPartner.Id });
            return Task.CompletedTask;
        });
        var secondPlanInvitation = (await InviteAsync(staff, secondPlan.Id, "a@x.test")).GetProperty("invitation").GetProperty("id").GetGuid();
        using var southStaff = NewBrowser();
        await southStaff.SignInOrFailAsync("sam@south.test");
        var southInvitation = (await InviteAsync(southStaff, southPlan.Id, "b@x.test")).GetProperty("invitation").GetProperty("id").GetGuid();

        (await staff.Client.PostAsync($"/api/plans/{planId}/invitations/{secondPlanInvitation}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.Client.PostAsync($"/api/plans/{planId}/invitations/{southInvitation}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.Client.DeleteAsync($"/api/plans/{planId}/partners/{northPartner.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.Client.DeleteAsync($"/api/plans/{planId}/partners/{southPartner.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.Client.DeleteAsync($"/api/plans/{planId}/partners/no-such-user")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // And the other board's plan itself, on every route.
        (await staff.Client.GetAsync($"/api/plans/{southPlan.Id}/invitations")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.Client.PostAsJsonAsync($"/api/plans/{southPlan.Id}/invitations", new { email = "c@x.test" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.Client.PostAsync($"/api/plans/{southPlan.Id}/invitations/{southInvitation}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.Client.GetAsync($"/api/plans/{southPlan.Id}/partners")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.Client.DeleteAsync($"/api/plans/{southPlan.Id}/partners/{southPartner.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var db = App.NewDbContext();
        (await db.PlanInvitations.CountAsync(i => i.RevokedAt != null)).ShouldBe(0);
        (await db.PlanMembers.CountAsync()).ShouldBe(2);
        (await db.PlanInvitations.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task RemovingAPartner_TheyNoLongerSeeThePlan_AndTheirOpenLinkStops()
    {
        var (staff, _, planId) = await StaffWithAPlanAsync();
        var token = await InvitationTokenAsync(staff, planId, Newcomer);
        using var partner = NewBrowser();
        ShouldOpenThePlan(await CreateAccountAsync(partner, token), planId);
        var partners = await staff.Client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/partners");
        partners.GetArrayLength().ShouldBe(1);
        partners[0].GetProperty("email").GetString().ShouldBe(Newcomer);
        var userId = partners[0].GetProperty("userId").GetString();
        var reinvite = await InvitationTokenAsync(staff, planId, "second@x.test");

        var removed = await staff.Client.DeleteAsync($"/api/plans/{planId}/partners/{userId}");

        removed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await partner.Client.GetAsync($"/api/plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await partner.Client.GetFromJsonAsync<JsonElement>("/api/orgs/north/plans")).GetProperty("plans").GetArrayLength().ShouldBe(0);
        (await staff.Client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/partners")).GetArrayLength().ShouldBe(0);
        reinvite.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task RemovingStaff_IsRefused_BecauseTheySeeEveryPlanThroughTheirRole()
    {
        var (staff, board, planId) = await StaffWithAPlanAsync();
        // A partner promoted to staff keeps the plan row from before.
        var promoted = await Data.UserAsync("promoted@north.test", board, OrganizationRole.Staff);
        await WriteAsync(db =>
        {
            db.PlanMembers.Add(new PlanMember { PlanId = planId, UserId = promoted.Id });
            return Task.CompletedTask;
        });

        var response = await staff.Client.DeleteAsync($"/api/plans/{planId}/partners/{promoted.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("sees every plan through that role");
        (await staff.Client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/partners")).GetArrayLength().ShouldBe(0, "staff are not listed as partners");
    }

    [Fact]
    public async Task TwoAcceptsAtTheSameMoment_ExactlyOneSucceeds()
    {
        var (staff, board, planId) = await StaffWithAPlanAsync();
        var existing = await Data.UserAsync(Newcomer, await Data.OrganizationAsync("south"), OrganizationRole.Staff);
        var token = await InvitationTokenAsync(staff, planId, Newcomer);
        // The same person in several tabs, each with the page open, pressing Accept together.
        var tabs = new List<Browser>();
        for (var i = 0; i < 4; i++)
        {
            var tab = NewBrowser();
            await tab.SignInOrFailAsync(Newcomer);
            tabs.Add(tab);
        }

        var pages = await Task.WhenAll(tabs.Select(tab => tab.Client.GetStringAsync($"/invitations/{token}")));
        pages.ShouldAllBe(p => p.Contains("Accept and open the plan"));
        // Every tab has its form open before any of them presses Accept.
        var accepts = new List<Func<Task<HttpResponseMessage>>>();
        foreach (var tab in tabs) accepts.Add(await tab.OpenFormAsync($"/invitations/{token}", "accept-invitation", []));

        var responses = await Task.WhenAll(accepts.Select(accept => accept()));

        responses.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBe(1);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Redirect))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("already been used");
        }
        await using var db = App.NewDbContext();
        (await db.OrganizationMemberships.CountAsync(m => m.UserId == existing.Id && m.OrganizationId == board.Id)).ShouldBe(1);
        (await db.PlanMembers.CountAsync(m => m.UserId == existing.Id)).ShouldBe(1);
        foreach (var tab in tabs) tab.Dispose();
    }

    [Fact]
    public async Task TwoNewAccountsFromOneLinkAtTheSameMoment_ExactlyOneIsCreated()
    {
        var (staff, _, planId) = await StaffWithAPlanAsync();
        var token = await InvitationTokenAsync(staff, planId, Newcomer);
        var browsers = Enumerable.Range(0, 3).Select(_ => NewBrowser()).ToList();
        var forms = new List<Func<Task<HttpResponseMessage>>>();
        foreach (var browser in browsers) forms.Add(await OpenCreateFormAsync(browser, token));

        var responses = await Task.WhenAll(forms.Select(submit => submit()));

        responses.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBe(1);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Redirect))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("This invitation has been used");
        }
        await using var db = App.NewDbContext();
        (await db.Users.CountAsync(u => u.NormalizedEmail == Newcomer.ToUpperInvariant())).ShouldBe(1);
        (await db.PlanMembers.CountAsync()).ShouldBe(1);
        (await db.OrganizationMemberships.CountAsync(m => m.Role == OrganizationRole.Partner)).ShouldBe(1);
        foreach (var browser in browsers) browser.Dispose();
    }
}
