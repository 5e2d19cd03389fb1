using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.Canvas;
using JobQuality.Core.History;
using JobQuality.Core.Organizations;
using JobQuality.Core.Workbook;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Canvas;

public sealed class CanvasTests(AppFactory app) : AppTest(app)
{
    private static async Task<Item> AddAsync(Browser browser, Guid planId, string square, string text)
    {
        var response = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/canvas/items", new { square, text });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Item>())!;
    }

    private static async Task<List<string>> TextsAsync(Browser browser, Guid planId, string square)
    {
        var canvas = await browser.Client.GetFromJsonAsync<View>($"/api/plans/{planId}/canvas");
        return canvas!.Squares.Single(s => s.Square == square).Items.Select(i => i.Text).ToList();
    }

    [Fact]
    public async Task AddEditMoveDelete_ReadBackInOrder_AndHistoryIsKept()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var first = await AddAsync(browser, planId, "KeyPartners", "  County community college ");
        var second = await AddAsync(browser, planId, "KeyPartners", "Home care employers' association");
        first.Text.ShouldBe("County community college");
        second.Position.ShouldBeGreaterThan(first.Position);

        var edited = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/canvas/items/{first.Id}", new { version = first.Version, text = "River County Community College" });
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);

        var moved = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/canvas/items/{second.Id}/move", new { direction = "Up" });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextsAsync(browser, planId, "KeyPartners")).ShouldBe(["Home care employers' association", "River County Community College"]);

        var afterMove = (await moved.Content.ReadFromJsonAsync<List<Item>>())!.Single(i => i.Id == second.Id);
        var deleted = await browser.Client.DeleteAsync($"/api/plans/{planId}/canvas/items/{second.Id}?version={afterMove.Version}");
        deleted.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await TextsAsync(browser, planId, "KeyPartners")).ShouldBe(["River County Community College"]);
        await using var db = App.NewDbContext();
        var changes = await db.ChangeRecords.Where(c => c.PlanId == planId && c.EntityType == nameof(CanvasItem)).ToListAsync();
        changes.Count(c => c.Kind == ChangeKind.Added).ShouldBe(2);
        changes.Count(c => c.Kind == ChangeKind.Deleted).ShouldBe(1);
        changes.ShouldContain(c => c.Kind == ChangeKind.Modified && c.EntityId == first.Id.ToString());
    }

    [Fact]
    public async Task MovingTheFirstItemUp_ChangesNothing()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var first = await AddAsync(browser, planId, "Beneficiaries", "Home health aides");
        await AddAsync(browser, planId, "Beneficiaries", "Certified nursing assistants");

        var moved = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/canvas/items/{first.Id}/move", new { direction = "Up" });

        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextsAsync(browser, planId, "Beneficiaries")).ShouldBe(["Home health aides", "Certified nursing assistants"]);
    }

    [Fact]
    public async Task SaveFromAStaleVersion_IsAConflictWithTheirs_AndNothingIsOverwritten()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var item = await AddAsync(browser, planId, "KeyAssets", "State workforce grant");
        await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/canvas/items/{item.Id}", new { version = item.Version, text = "State grant, year two" });

        var stale = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/canvas/items/{item.Id}", new { version = item.Version, text = "Stale wording" });
        var staleDelete = await browser.Client.DeleteAsync($"/api/plans/{planId}/canvas/items/{item.Id}?version={item.Version}");

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<Item>())!.Text.ShouldBe("State grant, year two");
        staleDelete.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await using var db = App.NewDbContext();
        (await db.CanvasItems.SingleAsync()).Text.ShouldBe("State grant, year two");
    }

    [Fact]
    public async Task SavingADeletedItem_IsNotFound()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var item = await AddAsync(browser, planId, "KeyAssets", "Labor market data");
        await browser.Client.DeleteAsync($"/api/plans/{planId}/canvas/items/{item.Id}?version={item.Version}");

        var save = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/canvas/items/{item.Id}", new { version = item.Version, text = "Still typing" });

        save.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TooLongOrEmptyItem_IsRefused()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;

        var tooLong = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/canvas/items", new { square = "KeyAssets", text = new string('x', CanvasItem.TextMaxLength + 1) });
        var empty = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/canvas/items", new { square = "KeyAssets", text = "   " });

        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLong.Content.ReadAsStringAsync()).ShouldContain("300 characters");
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = App.NewDbContext();
        (await db.CanvasItems.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task SeedingTwice_AddsNothingTheSecondTime_AndSkipsWhatWasAlreadyTyped()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        await using (var setup = App.NewDbContext())
        {
            setup.ValuePropositions.Add(new Core.Workbook.ValueProposition
            {
                PlanId = planId,
                TargetCustomers = "home health aides; certified nursing assistants",
                Strategies = "scheduling standards with employers",
                Levers = [Lever.Procurement],
            });
            await setup.SaveChangesAsync();
        }
        await AddAsync(browser, planId, "Beneficiaries", "Home health aides");

        var first = await (await browser.Client.PostAsync($"/api/plans/{planId}/canvas/seed", null)).Content.ReadFromJsonAsync<SeedResult>();
        var second = await (await browser.Client.PostAsync($"/api/plans/{planId}/canvas/seed", null)).Content.ReadFromJsonAsync<SeedResult>();

        first!.Added.ShouldBe(3);
        first.AlreadyOnCanvas.ShouldBe(1);
        second!.Added.ShouldBe(0);
        second.AlreadyOnCanvas.ShouldBe(4);
        second.Message.ShouldContain("Nothing new");
        (await TextsAsync(browser, planId, "Beneficiaries")).ShouldBe(["Home health aides", "certified nursing assistants"]);
        (await TextsAsync(browser, planId, "KeyStrategies")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task SeedingWithoutAValueProposition_AddsNothing_AndSaysWhy()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;

        var result = await (await browser.Client.PostAsync($"/api/plans/{planId}/canvas/seed", null)).Content.ReadFromJsonAsync<SeedResult>();

        result!.Added.ShouldBe(0);
        result.HasValueProposition.ShouldBeFalse();
        result.Message.ShouldContain("no value proposition");
        await using var db = App.NewDbContext();
        (await db.CanvasItems.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Canvas_ShowsTeamMissionAndValueProposition()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/answers/canvas/mission", new { version = 0, text = "fixing schedules in home care" });

        var canvas = await browser.Client.GetFromJsonAsync<View>($"/api/plans/{planId}/canvas");

        canvas!.TeamName.ShouldBe("North plan team");
        canvas.Mission.Text.ShouldBe("fixing schedules in home care");
        canvas.Mission.Version.ShouldNotBe(0u);
        canvas.ValuePropositionSentence.ShouldBeNull();
        canvas.Squares.Select(s => s.Square).ShouldBe(CanvasSquares.InFillOrder.Select(s => s.Square.ToString()));
    }

    [Fact]
    public async Task PartnerOnThePlan_CanReadButNotWrite()
    {
        var (browser, planId) = await SignedInWithAPlanAsync(OrganizationRole.Partner);
        using var _ = browser;
        Guid itemId;
        await using (var setup = App.NewDbContext())
        {
            var item = new CanvasItem { PlanId = planId, Square = CanvasSquare.KeyPartners, Text = "Local union" };
            setup.CanvasItems.Add(item);
            await setup.SaveChangesAsync();
            itemId = item.Id;
        }

        (await browser.Client.GetAsync($"/api/plans/{planId}/canvas")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/canvas/items", new { square = "KeyPartners", text = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/canvas/items/{itemId}", new { version = 0, text = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/canvas/items/{itemId}/move", new { direction = "Down" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.DeleteAsync($"/api/plans/{planId}/canvas/items/{itemId}?version=0")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.PostAsync($"/api/plans/{planId}/canvas/seed", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var db = App.NewDbContext();
        (await db.CanvasItems.SingleAsync()).Text.ShouldBe("Local union");
    }

    [Fact]
    public async Task ArchivedPlan_CanBeReadButNotChanged()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        await using (var setup = App.NewDbContext())
        {
            (await setup.Plans.SingleAsync(p => p.Id == planId)).ArchivedAt = DateTimeOffset.UtcNow;
            await setup.SaveChangesAsync();
        }

        (await browser.Client.GetAsync($"/api/plans/{planId}/canvas")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/canvas/items", new { square = "KeyPartners", text = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.PostAsync($"/api/plans/{planId}/canvas/seed", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task StaffOfAnotherOrganization_GetsNotFound()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var __ = browser;
        var south = await Data.OrganizationAsync("south");
        var otherPlan = await Data.PlanAsync(south, "South plan");
        Guid itemId;
        await using (var setup = App.NewDbContext())
        {
            var item = new CanvasItem { PlanId = otherPlan.Id, Square = CanvasSquare.KeyPartners, Text = "Their partner" };
            setup.CanvasItems.Add(item);
            await setup.SaveChangesAsync();
            itemId = item.Id;
        }

        (await browser.Client.GetAsync($"/api/plans/{otherPlan.Id}/canvas")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{otherPlan.Id}/canvas/items", new { square = "KeyPartners", text = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PutAsJsonAsync($"/api/plans/{otherPlan.Id}/canvas/items/{itemId}", new { version = 0, text = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.DeleteAsync($"/api/plans/{otherPlan.Id}/canvas/items/{itemId}?version=0")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.PostAsync($"/api/plans/{otherPlan.Id}/canvas/seed", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var db = App.NewDbContext();
        (await db.CanvasItems.SingleAsync()).Text.ShouldBe("Their partner");
    }

    private sealed record Item(Guid Id, string Square, string Text, int Position, uint Version);

    private sealed record SquareView(string Square, string Title, List<Item> Items);

    private sealed record Answer(string Text, uint Version);

    private sealed record View(Guid PlanId, string TeamName, Answer Mission, string? ValuePropositionSentence, List<SquareView> Squares);

    private sealed record SeedResult(int Added, int AlreadyOnCanvas, bool HasValueProposition, string Message);
}
