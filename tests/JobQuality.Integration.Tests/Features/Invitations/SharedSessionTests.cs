using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobQuality.Core.Organizations;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobQuality.Integration.Tests.Features.Invitations;

/// <summary>Several app instances behind a load balancer: a session cookie from one is valid on the others.</summary>
public sealed class SharedSessionTests(AppFactory app) : AppTest(app)
{
    [Fact]
    public async Task TheCookieOfANewPartner_IssuedByOneInstance_IsAcceptedByAnotherInstalledInAnotherFolder()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "North plan");
        using var staff = NewBrowser();
        await staff.SignInOrFailAsync("kim@north.test");
        var invited = await (await staff.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/invitations", new { email = "dana@harbor-college.test" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var link = invited.GetProperty("link").GetString()!;
        using var newcomer = NewBrowser();
        var joined = await newcomer.SubmitFormAsync(new Uri(link).PathAndQuery, "create-account", new()
        {
            ["Input.DisplayName"] = "Dana Ruiz",
            ["Input.Password"] = TestData.Password,
            ["Input.ConfirmPassword"] = TestData.Password,
        });
        joined.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = joined.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("JobQuality.Session=", StringComparison.Ordinal)).Split(';')[0];

        // Another instance, installed elsewhere: left to its default, Data Protection would name the application after
        // this folder and derive other keys. The shared name and the key ring in PostgreSQL make the cookie readable.
        var elsewhere = Directory.CreateTempSubdirectory("jobquality-instance-");
        try
        {
            await using var second = App.WithWebHostBuilder(host => host.UseContentRoot(elsewhere.FullName));
            using var client = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            client.DefaultRequestHeaders.Add("Cookie", cookie);

            (await client.GetAsync($"/api/plans/{plan.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.GetAsync("/api/orgs/north/plans")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }
}
