using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using JobQuality.Core.Organizations;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobQuality.Integration.Tests.Features.Invitations;

/// <summary>With <c>Smtp:Host</c> set, invitations go out by email (MailKit) and the inviter never sees the link.</summary>
public sealed partial class InvitationEmailTests(AppFactory app) : AppTest(app)
{
    private WebApplicationFactory<Program> WithMailServer(int port) => App.WithWebHostBuilder(host => host
        .UseSetting("Smtp:Host", "127.0.0.1")
        .UseSetting("Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .UseSetting("Smtp:From", "JobQuality <no-reply@north.test>")
        .UseSetting("Smtp:Security", "None"));

    private static async Task<HttpClient> SignedInStaffAsync(WebApplicationFactory<Program> instance)
    {
        var client = instance.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/account/login");
        var antiforgery = WebUtility.HtmlDecode(Antiforgery().Match(login).Groups[1].Value);
        var signedIn = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["_handler"] = "login",
            ["Input.Email"] = "kim@north.test",
            ["Input.Password"] = TestData.Password,
        }));
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [Fact]
    public async Task WithAMailServer_TheInvitationIsEmailed_TheInviterGetsNoLink_AndTheLogHasNoSecret()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "North plan");
        await using var smtp = new FakeSmtpServer();
        await using var instance = WithMailServer(smtp.Port);
        using var staff = await SignedInStaffAsync(instance);

        var response = await staff.PostAsJsonAsync($"/api/plans/{plan.Id}/invitations", new { email = "dana@harbor-college.test" });

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        result.GetProperty("emailed").GetBoolean().ShouldBeTrue();
        result.GetProperty("link").ValueKind.ShouldBe(JsonValueKind.Null);
        var (to, data) = smtp.Messages.ShouldHaveSingleItem();
        to.ShouldBe(["dana@harbor-college.test"]);
        data.ShouldContain("From: JobQuality <no-reply@north.test>");
        data.ShouldContain("North plan");
        var token = InvitationLink().Match(data).Groups[1].Value;
        token.Length.ShouldBe(43);
        App.Logs.ShouldContain(l => l.Message.Contains("emailed"));
        App.Logs.ShouldNotContain(l => l.Message.Contains(token));

        using var newcomer = NewBrowser();
        (await newcomer.Client.GetStringAsync($"/invitations/{token}")).ShouldContain("Create your account");
    }

    [Fact]
    public async Task WhenTheMailServerCannotBeReached_TheInviterGetsTheLinkToSend()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "North plan");
        int closedPort;
        await using (var gone = new FakeSmtpServer()) closedPort = gone.Port;
        await using var instance = WithMailServer(closedPort);
        using var staff = await SignedInStaffAsync(instance);

        var response = await staff.PostAsJsonAsync($"/api/plans/{plan.Id}/invitations", new { email = "dana@harbor-college.test" });

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        result.GetProperty("emailed").GetBoolean().ShouldBeFalse();
        result.GetProperty("emailFailed").GetBoolean().ShouldBeTrue();
        result.GetProperty("link").GetString()!.ShouldContain("/invitations/");
    }

    [GeneratedRegex("/invitations/([A-Za-z0-9_-]{43})")]
    private static partial Regex InvitationLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
