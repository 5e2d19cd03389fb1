using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Organizations;
using JobQuality.Web.Components.Layout;
using Microsoft.AspNetCore.Components;

namespace JobQuality.Component.Tests.Layout;

public sealed class MainLayoutTests(SeededDatabase database) : PageTest(database)
{
    [Fact]
    public async Task Layout_ForAStaffMember_ShowsTheAppBarOneMainAndTheirOrganization()
    {
        var (_, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Staff, "Healthcare plan");
        SignInAs(userId, "Sam Staff");

        var layout = Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<h1>Page body</h1>"))));

        layout.WaitForAssertion(() => layout.Markup.ShouldContain("Test Workforce Board"), DatabaseWait);
        layout.FindAll("main").Count.ShouldBe(1);
        layout.Find("main h1").TextContent.ShouldBe("Page body");
        layout.Find(".app-title").TextContent.ShouldBe("JobQuality");
        layout.Find("a.skip-link").GetAttribute("href")!.ShouldEndWith("#main-content");
        layout.FindAll("a").Select(a => a.TextContent.Trim()).ShouldContain("All plans");
        layout.Find("[data-testid=inbox-bell]").GetAttribute("aria-label").ShouldBe("Inbox, no unread notifications");
    }

    [Fact]
    public async Task Layout_ForAnAdministrator_LinksToPeopleAndAccess()
    {
        var (_, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Admin);
        SignInAs(userId);

        var layout = Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<h1>Body</h1>"))));

        layout.WaitForAssertion(() => layout.FindAll("a").Select(a => a.TextContent.Trim()).ShouldContain("People and access"), DatabaseWait);
    }

    [Fact]
    public async Task Layout_ForStaff_DoesNotLinkToPeopleAndAccess()
    {
        var (_, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Staff);
        SignInAs(userId);

        var layout = Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<h1>Body</h1>"))));

        layout.WaitForAssertion(() => layout.FindAll("a").Select(a => a.TextContent.Trim()).ShouldContain("All plans"), DatabaseWait);
        layout.FindAll("a").Select(a => a.TextContent.Trim()).ShouldNotContain("People and access");
    }
}
