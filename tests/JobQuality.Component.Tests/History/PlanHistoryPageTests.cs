using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Canvas;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Data;
using JobQuality.Data.Live;
using JobQuality.Web.Features.History;
using JobQuality.Web.Features.Plans;
using JobQuality.Web.Infrastructure.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Component.Tests.History;

public sealed class PlanHistoryPageTests : PageTest
{
    public PlanHistoryPageTests(SeededDatabase database) : base(database)
    {
        Services.AddScoped<GetPlan.Handler>();
        Services.AddScoped<ListSnapshots.Handler>();
        Services.AddScoped<TakeSnapshot.Handler>();
        Services.AddScoped<GetSnapshot.Handler>();
        Services.AddScoped<CompareSnapshot.Handler>();
        Services.AddScoped<RestoreSnapshot.Handler>();
        Services.AddScoped<ListPlanChanges.Handler>();
        Services.AddScoped<RestoreChange.Handler>();
    }

    private async Task<Guid> PlanOfAsync(string userId, bool addAsPartner)
    {
        await using var db = Database.NewDbContext();
        var organizationId = await db.OrganizationMemberships.Where(m => m.UserId == userId).Select(m => m.OrganizationId).SingleAsync();
        var planId = await db.Plans.Where(p => p.OrganizationId == organizationId).Select(p => p.Id).SingleAsync();
        if (addAsPartner)
        {
            db.PlanMembers.Add(new PlanMember { PlanId = planId, UserId = userId });
            await db.SaveChangesAsync();
        }
        return planId;
    }

    [Fact]
    public async Task Staff_WithNoHistoryYet_SeeWhatToDoNext_AndCanTakeASnapshot()
    {
        var (_, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Staff, "Care plan");
        var planId = await PlanOfAsync(userId, addAsPartner: false);
        SignInAs(userId);

        var page = Render<PlanHistoryPage>(p => p.Add(x => x.PlanId, planId));

        page.WaitForAssertion(() => page.Find("h1").TextContent.ShouldBe("History and snapshots"), DatabaseWait);
        page.Find("[data-test='no-snapshots']").TextContent.ShouldContain("Take one whenever");
        page.Find("[data-test='no-changes']").TextContent.ShouldContain("as soon as someone saves");
        page.FindAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Take snapshot");
        page.Markup.ShouldContain("As presented to the board on 2026-12-01");
    }

    [Fact]
    public async Task SomeoneElsesSave_ComesIn_KeepingOpenDetails_AndIsAnnouncedPolitely()
    {
        var (_, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Staff, "Live plan");
        var planId = await PlanOfAsync(userId, addAsPartner: false);
        SignInAs(userId);
        var live = Services.GetRequiredService<PlanLive>();
        await live.FollowAsync(planId, userId);
        await AddCanvasItemAsync(planId, "Harbor College");
        await AddCanvasItemAsync(planId, "Home care agencies");

        var page = Render<CascadingValue<PlanLive>>(p => p.Add(x => x.Value, live).Add(x => x.IsFixed, true)
            .AddChildContent<PlanHistoryPage>(c => c.Add(x => x.PlanId, planId)));
        page.WaitForAssertion(() => page.FindAll(".mud-expand-panel").Count.ShouldBe(2), DatabaseWait);
        page.FindAll(".mud-expand-panel-header")[1].Click();
        page.WaitForAssertion(() => page.FindAll(".mud-expand-panel")[1].ClassList.ShouldContain("mud-panel-expanded"));

        // Someone else adds an item (saved here as in the app; the notice comes as from another circuit).
        await AddCanvasItemAsync(planId, "The union local");
        Services.GetRequiredService<PlanChangeFeed>().Deliver(new PlanChangeNotice(planId, PlanChangeKind.Content, "CanvasItem", "someone-else", Guid.NewGuid()));

        page.WaitForAssertion(() => page.FindAll(".mud-expand-panel").Count.ShouldBe(3), DatabaseWait);
        var panels = page.FindAll(".mud-expand-panel");
        panels[0].TextContent.ShouldContain("The union local");
        panels[0].ClassList.ShouldNotContain("mud-panel-expanded");
        panels[2].TextContent.ShouldContain("Harbor College");
        panels[2].ClassList.ShouldContain("mud-panel-expanded", "the details the user opened stay open");
        page.WaitForAssertion(() => live.Announcement.ShouldBe("The history has new changes."));
    }

    /// <summary>Saves through the app's own context factory, so the history records it.</summary>
    private async Task AddCanvasItemAsync(Guid planId, string text)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.CanvasItems.Add(new CanvasItem { PlanId = planId, Square = CanvasSquare.KeyPartners, Text = text });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Partner_SeesTheHistory_ButNoWayToTakeOrRestore()
    {
        var (_, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Partner, "Shared plan");
        var planId = await PlanOfAsync(userId, addAsPartner: true);
        SignInAs(userId);

        var page = Render<PlanHistoryPage>(p => p.Add(x => x.PlanId, planId));

        page.WaitForAssertion(() => page.Find("h1").TextContent.ShouldBe("History and snapshots"), DatabaseWait);
        page.Markup.ShouldContain("as a coalition partner");
        page.FindAll("button").Select(b => b.TextContent.Trim()).ShouldNotContain("Take snapshot");
        page.Find("[data-test='no-snapshots']").TextContent.ShouldContain("Staff take a snapshot");
    }
}
