using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.ActionPlans;
using JobQuality.Integration.Tests.Features.History;
using JobQuality.Integration.Tests.Infrastructure;
using JobQuality.Web.Features.History;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.ActionPlan;

/// <summary>The action plan in the plan's history and snapshots: described in words, captured whole, restored.</summary>
public sealed class ActionPlanHistoryTests(AppFactory app) : AppTest(app)
{
    private sealed record Built(Guid StrategyId, Guid DraftId, Guid ReviewId, Guid MemberId);

    private async Task<Built> BuildAsync(Browser browser, Guid planId)
    {
        var memberId = await Data.TeamMemberAsync(planId, "Rosa Delgado");
        var root = $"/api/plans/{planId}/action-plan";
        var strategy = await OkAsync<Row>(await browser.Client.PostAsJsonAsync($"{root}/strategies", new { name = "Wage floor in contracts", goal = "Living wages" }));
        var draft = await OkAsync<Row>(await browser.Client.PostAsJsonAsync($"{root}/strategies/{strategy.Id}/steps", new { description = "Draft the criteria" }));
        var review = await OkAsync<Row>(await browser.Client.PostAsJsonAsync($"{root}/strategies/{strategy.Id}/steps", new { description = "County review" }));
        await OkAsync<Row>(await browser.Client.PutAsJsonAsync($"{root}/raci/{draft.Id}/{memberId}", new { role = "Accountable", version = (uint?)null }));
        await OkAsync<Row>(await browser.Client.PostAsJsonAsync($"{root}/dependencies", new { stepId = review.Id, dependsOnStepId = draft.Id }));
        return new Built(strategy.Id, draft.Id, review.Id, memberId);
    }

    [Fact]
    public async Task Snapshot_HoldsTheActionPlan_AndRestoringItBringsStrategiesStepsLettersAndWaitsBack()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var built = await BuildAsync(browser, planId);
        var snapshot = await OkAsync<Row>(await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/snapshots", new { name = "Before the board" }));

        var view = await browser.Client.GetFromJsonAsync<SnapshotView>($"/api/plans/{planId}/snapshots/{snapshot.Id}", SnapshotTests.Json);
        view!.Entries.ShouldContain(e => e.Section == "Action plan" && e.Label == "Strategy 1" && e.Text.StartsWith("Wage floor in contracts"));
        var draftEntry = view.Entries.Single(e => e.Label == "Step 1.1");
        draftEntry.Text.ShouldContain("RACI: A Rosa Delgado");
        view.Entries.Single(e => e.Label == "Step 1.2").Text.ShouldContain("Waits on: “Draft the criteria”");

        // Change it all: delete a step (its wait goes with it), empty the cell, rename the strategy.
        await using (var db = App.NewDbContext())
        {
            var review = await db.ActionSteps.SingleAsync(s => s.Id == built.ReviewId);
            (await browser.Client.DeleteAsync($"/api/plans/{planId}/action-plan/steps/{review.Id}?version={review.Version}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var cell = await db.RaciCells.SingleAsync();
            await OkAsync<Row>(await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/action-plan/raci/{built.DraftId}/{built.MemberId}", new { role = (string?)null, version = cell.Version }));
            var strategy = await db.Strategies.SingleAsync();
            await OkAsync<Row>(await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/action-plan/strategies/{strategy.Id}", new { version = strategy.Version, name = "Renamed", goal = "" }));
        }
        var compare = await browser.Client.GetFromJsonAsync<Comparison>($"/api/plans/{planId}/snapshots/{snapshot.Id}/compare", SnapshotTests.Json);
        compare!.Differences.ShouldContain(d => d.Label == "Step 1.2" && d.Kind == DiffKind.Removed);

        (await browser.Client.PostAsync($"/api/plans/{planId}/snapshots/{snapshot.Id}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var after = App.NewDbContext();
        (await after.Strategies.SingleAsync()).Name.ShouldBe("Wage floor in contracts");
        (await after.ActionSteps.OrderBy(s => s.Position).Select(s => s.Id).ToListAsync()).ShouldBe([built.DraftId, built.ReviewId]);
        (await after.RaciCells.SingleAsync()).Role.ShouldBe(RaciRole.Accountable);
        var wait = await after.StepWaits.SingleAsync();
        (wait.StepId, wait.DependsOnStepId).ShouldBe((built.ReviewId, built.DraftId));
    }

    [Fact]
    public async Task History_DescribesActionPlanChangesInWords_UnderTheActionPlanTool()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        await BuildAsync(browser, planId);

        var page = await browser.Client.GetFromJsonAsync<ChangesPage>($"/api/plans/{planId}/changes?tool=action-plan", SnapshotTests.Json);

        var changes = page!.Changes;
        changes.Count.ShouldBe(5);
        changes.ShouldAllBe(c => c.ToolKey == "action-plan");
        changes.Select(c => c.Description).ShouldBe(
            ["recorded that one step waits on another", "filled a cell of the RACI matrix", "added an action step", "added an action step", "added a strategy to the action plan"],
            ignoreOrder: true);
        changes.Single(c => c.Description == "added a strategy to the action plan").Record.ShouldBe("Strategy: “Wage floor in contracts”");
        var cell = changes.Single(c => c.Description == "filled a cell of the RACI matrix");
        cell.Fields.ShouldContain(f => f.Label == "Team member" && f.After == "Rosa Delgado");
        cell.Fields.ShouldContain(f => f.Label == "RACI letter" && f.After == RaciMatrix.Describe(RaciRole.Accountable));

        await using var db = App.NewDbContext();
        var step = await db.ActionSteps.OrderBy(s => s.Position).FirstAsync();
        await OkAsync<Row>(await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/action-plan/steps/{step.Id}",
            new { version = step.Version, description = step.Description, status = "Blocked" }));
        var latest = (await browser.Client.GetFromJsonAsync<ChangesPage>($"/api/plans/{planId}/changes?tool=action-plan", SnapshotTests.Json))!.Changes
            .First(c => c.Description == "changed an action step");
        latest.Fields.ShouldContain(f => f.Label == "Status" && f.Before == "Not started" && f.After == "Blocked");
    }

    private static async Task<T> OkAsync<T>(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(SnapshotTests.Json))!;
    }

    private sealed record Row(Guid Id);

    private sealed record SnapshotView(List<ContentEntry> Entries);

    private sealed record Comparison(List<DiffEntry> Differences);

    private sealed record Change(string ToolKey, string Record, string Description, List<FieldChange> Fields);

    private sealed record ChangesPage(List<Change> Changes);
}
