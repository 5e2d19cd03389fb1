using System.Net.Http.Json;
using System.Text.Json;
using JobQuality.Core.History;
using JobQuality.Core.Organizations;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Plans;

public sealed class PlanHistoryTests(AppFactory app) : AppTest(app)
{
    [Fact]
    public async Task EverySave_RecordsWhoWhenAndWhatChanged()
    {
        var board = await Data.OrganizationAsync("north");
        var staff = await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("staff@north.test");
        var created = await (await browser.Client.PostAsJsonAsync("/api/orgs/north/plans", new { name = "First name", teamName = "Team" }))
            .Content.ReadFromJsonAsync<PlanBody>();
        App.Clock.Advance(TimeSpan.FromMinutes(5));

        await browser.Client.PutAsJsonAsync($"/api/plans/{created!.Id}", new { version = created.Version, name = "Second name", teamName = "Team" });

        await using var db = App.NewDbContext();
        var history = await db.ChangeRecords.Where(c => c.PlanId == created.Id).OrderBy(c => c.Id).ToListAsync();
        history.Select(c => c.Kind).ShouldBe([ChangeKind.Added, ChangeKind.Modified]);
        history.ShouldAllBe(c => c.ChangedBy == staff.Id && c.EntityType == "Plan");
        history[1].ChangedAt.ShouldBe(App.Clock.GetUtcNow(), TimeSpan.FromSeconds(1));
        using var changes = JsonDocument.Parse(history[1].Changes);
        changes.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["Name"], "only what changed, without audit columns");
        changes.RootElement.GetProperty("Name").GetProperty("before").GetString().ShouldBe("First name");
        changes.RootElement.GetProperty("Name").GetProperty("after").GetString().ShouldBe("Second name");
    }

    [Fact]
    public async Task SavingWithoutChanges_AddsNoHistory()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "Same name");
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("staff@north.test");

        await browser.Client.PutAsJsonAsync($"/api/plans/{plan.Id}", new { version = plan.Version, name = "Same name", teamName = plan.TeamName });

        await using var db = App.NewDbContext();
        (await db.ChangeRecords.CountAsync(c => c.Kind == ChangeKind.Modified)).ShouldBe(0);
    }

    [Fact]
    public async Task History_TellsInWordsWhoDidWhat_NewestFirst()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("kim@north.test");
        var created = await (await browser.Client.PostAsJsonAsync("/api/orgs/north/plans", new { name = "Draft", teamName = "Team" }))
            .Content.ReadFromJsonAsync<PlanBody>();
        await browser.Client.PutAsJsonAsync($"/api/plans/{created!.Id}", new { version = created.Version, name = "Final", teamName = "Team", region = "River County" });
        await browser.Client.PostAsync($"/api/plans/{created.Id}/archive", null);

        var history = await browser.Client.GetFromJsonAsync<List<HistoryEntry>>($"/api/plans/{created.Id}/history");

        history!.Select(h => h.Description).ShouldBe([
            "archived the plan",
            "renamed the plan from “Draft” to “Final” and changed the region",
            "created the plan"]);
        history!.ShouldAllBe(h => h.ChangedBy == "kim");
    }

    private sealed record PlanBody(Guid Id, uint Version);

    private sealed record HistoryEntry(DateTimeOffset ChangedAt, string ChangedBy, string Description);
}
