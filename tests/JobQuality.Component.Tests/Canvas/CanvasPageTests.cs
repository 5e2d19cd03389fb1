using AngleSharp.Dom;
using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Canvas;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Web.Features.Canvas;
using JobQuality.Web.Features.Shared.Editing;
using JobQuality.Web.Features.Workbook;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Component.Tests.Canvas;

public sealed class CanvasPageTests : PageTest
{
    public CanvasPageTests(SeededDatabase database) : base(database)
    {
        Services.AddScoped<GetToolContext.Handler>();
        Services.AddScoped<SaveWorkbookAnswer.Handler>();
        Services.AddScoped<GetCanvas.Handler>();
        Services.AddScoped<AddCanvasItem.Handler>();
        Services.AddScoped<SaveCanvasItem.Handler>();
        Services.AddScoped<MoveCanvasItem.Handler>();
        Services.AddScoped<DeleteCanvasItem.Handler>();
        Services.AddScoped<SeedCanvas.Handler>();
        Services.AddScoped<ConflictResolver>();
        Services.AddScoped<AutosaverFactory>();
    }

    private async Task<Guid> PlanAsync(OrganizationRole role, params (CanvasSquare Square, string Text)[] items)
    {
        var (slug, userId) = await Database.OrganizationWithPersonAsync(role, "Care jobs plan");
        await using var db = Database.NewDbContext();
        var plan = await db.Plans.SingleAsync(p => db.Organizations.Any(o => o.Id == p.OrganizationId && o.Slug == slug));
        if (role == OrganizationRole.Partner) db.PlanMembers.Add(new PlanMember { PlanId = plan.Id, UserId = userId });
        var position = 0;
        foreach (var (square, text) in items)
        {
            db.CanvasItems.Add(new CanvasItem { PlanId = plan.Id, Square = square, Text = text, Position = position++ });
        }
        await db.SaveChangesAsync();
        SignInAs(userId);
        return plan.Id;
    }

    private IRenderedComponent<CanvasPage> RenderCanvas(Guid planId)
    {
        var page = Render<CanvasPage>(p => p.Add(x => x.PlanId, planId));
        page.WaitForAssertion(() => page.FindAll("section.canvas-square").Count.ShouldBe(9), DatabaseWait);
        return page;
    }

    private static IReadOnlyList<string> ItemTexts(IRenderedComponent<CanvasPage> page, CanvasSquare square) =>
        page.FindAll($"section[data-square={square}] .canvas-item textarea, section[data-square={square}] .canvas-item .canvas-item-text")
            .Select(e => e is AngleSharp.Html.Dom.IHtmlTextAreaElement area ? area.Value : e.TextContent.Trim())
            .ToList();

    [Fact]
    public async Task Canvas_ShowsTheNineSquaresWithTheirTitlesInFillOrder()
    {
        var planId = await PlanAsync(OrganizationRole.Staff);

        var page = RenderCanvas(planId);

        page.FindAll("section.canvas-square h2 .canvas-square-name").Select(h => h.TextContent)
            .ShouldBe(CanvasSquares.InFillOrder.Select(s => s.Title));
        page.FindAll("section.canvas-square h2 .canvas-step").Select(s => s.TextContent).ShouldBe(["2", "3", "4", "5", "6", "7", "8", "9", "10"]);
        page.Find("[data-testid=canvas-team]").TextContent.ShouldContain("Care jobs plan team");
        page.Markup.ShouldContain("Boost job quality by");
        page.FindAll(".canvas-empty").Count.ShouldBe(9);
    }

    [Fact]
    public async Task AddingAnItemWithEnter_ShowsItInItsSquare()
    {
        var planId = await PlanAsync(OrganizationRole.Staff);
        var page = RenderCanvas(planId);

        var add = page.Find("input[data-add=KeyPartners]");
        await add.InputAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "River County Community College" });
        await page.Find("input[data-add=KeyPartners]").KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });

        page.WaitForAssertion(() => ItemTexts(page, CanvasSquare.KeyPartners).ShouldBe(["River County Community College"]), DatabaseWait);
        page.Find("[data-testid=canvas-announcement]").TextContent.ShouldContain("Added to Key Partners");
        page.FindAll("button").Select(b => b.GetAttribute("aria-label")).ShouldContain("Delete: “River County Community College”");
        await using var db = Database.NewDbContext();
        (await db.CanvasItems.SingleAsync(i => i.PlanId == planId)).Text.ShouldBe("River County Community College");
    }

    [Fact]
    public async Task AltArrowDown_MovesTheItemBelowTheNextOne()
    {
        var planId = await PlanAsync(OrganizationRole.Staff,
            (CanvasSquare.KeyStrategies, "Employer scheduling pledge"), (CanvasSquare.KeyStrategies, "Paid training hours"));
        var page = RenderCanvas(planId);
        ItemTexts(page, CanvasSquare.KeyStrategies).ShouldBe(["Employer scheduling pledge", "Paid training hours"]);

        await page.Find("section[data-square=KeyStrategies] .canvas-item textarea")
            .KeyDownAsync(new KeyboardEventArgs { Key = "ArrowDown", AltKey = true });

        page.WaitForAssertion(() => ItemTexts(page, CanvasSquare.KeyStrategies).ShouldBe(["Paid training hours", "Employer scheduling pledge"]), DatabaseWait);
        page.Find("[data-testid=canvas-announcement]").TextContent.ShouldContain("place 2 of 2");
        await using var db = Database.NewDbContext();
        (await db.CanvasItems.Where(i => i.PlanId == planId).OrderBy(i => i.Position).Select(i => i.Text).ToListAsync())
            .ShouldBe(["Paid training hours", "Employer scheduling pledge"]);
    }

    [Fact]
    public async Task EditingAfterAMove_SavesFromTheNewVersion_WithoutAConflict()
    {
        var planId = await PlanAsync(OrganizationRole.Staff,
            (CanvasSquare.KeyStrategies, "Employer scheduling pledge"), (CanvasSquare.KeyStrategies, "Paid training hours"));
        var page = RenderCanvas(planId);
        await page.Find("section[data-square=KeyStrategies] .canvas-item textarea")
            .KeyDownAsync(new KeyboardEventArgs { Key = "ArrowDown", AltKey = true });
        page.WaitForAssertion(() => ItemTexts(page, CanvasSquare.KeyStrategies)[1].ShouldBe("Employer scheduling pledge"), DatabaseWait);

        var moved = page.FindAll("section[data-square=KeyStrategies] .canvas-item textarea")[1];
        await moved.InputAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "Employer scheduling pledge, signed by ten employers" });
        await page.FindAll("section[data-square=KeyStrategies] .canvas-item textarea")[1].BlurAsync(new FocusEventArgs());

        await using var db = Database.NewDbContext();
        page.WaitForAssertion(() => db.CanvasItems.AsNoTracking().Where(i => i.PlanId == planId).OrderBy(i => i.Position).Select(i => i.Text).ToList()
            .ShouldBe(["Paid training hours", "Employer scheduling pledge, signed by ten employers"]), DatabaseWait);
        page.WaitForAssertion(() => page.Markup.ShouldContain("All changes saved"), DatabaseWait);
        page.Markup.ShouldNotContain("together with someone else");
    }

    [Fact]
    public async Task Partner_SeesTheCanvasWithoutAnyInputs()
    {
        var planId = await PlanAsync(OrganizationRole.Partner, (CanvasSquare.Beneficiaries, "Home health aides"));

        var page = RenderCanvas(planId);

        ItemTexts(page, CanvasSquare.Beneficiaries).ShouldBe(["Home health aides"]);
        page.FindAll("input, textarea").ShouldBeEmpty();
        page.FindAll("section.canvas-square button").ShouldBeEmpty();
        page.Markup.ShouldNotContain("Seed from the value proposition");
        page.Markup.ShouldContain("coalition partner");
    }
}
