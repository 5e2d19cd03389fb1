using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.ActionPlans;
using JobQuality.Core.History;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Core.Workbook;
using JobQuality.Core.Worksheets;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.ActionPlan;

public sealed class ActionPlanTests(AppFactory app) : AppTest(app)
{
    private static async Task<T> OkAsync<T>(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private static async Task<StrategyDto> AddStrategyAsync(Browser browser, Guid planId, string name = "Raise home care wages") =>
        await OkAsync<StrategyDto>(await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/action-plan/strategies", new { name, goal = "Living wages" }));

    private static async Task<Step> AddStepAsync(Browser browser, Guid planId, Guid strategyId, string description) =>
        await OkAsync<Step>(await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/action-plan/strategies/{strategyId}/steps", new { description }));

    [Fact]
    public async Task Steps_AreAddedEditedReorderedAndDeleted_WithHistory()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var strategy = await AddStrategyAsync(browser, planId);
        var first = await AddStepAsync(browser, planId, strategy.Id, "Survey home care agencies");
        var second = await AddStepAsync(browser, planId, strategy.Id, "Draft the wage floor");
        var third = await AddStepAsync(browser, planId, strategy.Id, "Present to the county");

        var saved = await OkAsync<Step>(await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/action-plan/steps/{second.Id}", new
        {
            version = second.Version,
            description = " Draft the wage floor ordinance ",
            responsibleParties = "Board policy team",
            internalResources = "Two staff days",
            externalResources = "Legal review",
            milestones = "Draft shared with partners",
            targetDate = "2027-03-01",
            notes = "",
            status = "InProgress",
        }));
        var moved = await OkAsync<List<Step>>(await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/action-plan/steps/{third.Id}/move", new { direction = "Up" }));
        var firstNow = moved.Single(s => s.Id == first.Id);
        (await browser.Client.DeleteAsync($"/api/plans/{planId}/action-plan/steps/{first.Id}?version={firstNow.Version}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        saved.Description.ShouldBe("Draft the wage floor ordinance");
        moved.Select(s => s.Id).ShouldBe([first.Id, third.Id, second.Id]);
        await using var db = App.NewDbContext();
        var steps = await db.ActionSteps.OrderBy(s => s.Position).ToListAsync();
        steps.Select(s => s.Id).ShouldBe([third.Id, second.Id]);
        var edited = steps.Single(s => s.Id == second.Id);
        edited.TargetDate.ShouldBe(new DateOnly(2027, 3, 1));
        edited.Status.ShouldBe(StepStatus.InProgress);
        edited.ExternalResources.ShouldBe("Legal review");
        (await db.ChangeRecords.CountAsync(c => c.EntityType == nameof(ActionStep) && c.Kind == ChangeKind.Deleted)).ShouldBe(1);
        (await db.ChangeRecords.CountAsync(c => c.EntityType == nameof(Strategy))).ShouldBe(1);
    }

    [Fact]
    public async Task SaveStep_FromAStaleVersion_IsAConflict_AndABadDateIsRefused()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var strategy = await AddStrategyAsync(browser, planId);
        var step = await AddStepAsync(browser, planId, strategy.Id, "Survey agencies");
        object Body(string notes) => new { version = step.Version, description = step.Description, notes, status = "NotStarted" };
        await OkAsync<Step>(await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/action-plan/steps/{step.Id}", Body("Theirs")));

        var stale = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/action-plan/steps/{step.Id}", Body("Mine"));
        var badDate = await browser.Client.PutAsync($"/api/plans/{planId}/action-plan/steps/{step.Id}",
            JsonContent.Create(new { version = step.Version, description = "x", status = "Done", targetDate = "next week" }));

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<Step>())!.Notes.ShouldBe("Theirs");
        badDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = App.NewDbContext();
        (await db.ActionSteps.SingleAsync()).Notes.ShouldBe("Theirs");
    }

    [Fact]
    public async Task Step_LinksAWorksheetIndicatorOfItsPlan_ButNotOneOfAnotherPlan()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var strategy = await AddStrategyAsync(browser, planId);
        var step = await AddStepAsync(browser, planId, strategy.Id, "Survey agencies");
        var south = await Data.PlanAsync(await Data.OrganizationAsync("south"), "South plan");
        Guid mine, theirs;
        await using (var db = App.NewDbContext())
        {
            var difference = new KeyDifference { PlanId = planId, Difference = "Aides stay longer" };
            var other = new KeyDifference { PlanId = south.Id, Difference = "Theirs" };
            var indicator = new SuccessIndicator { PlanId = planId, KeyDifferenceId = difference.Id, Kind = IndicatorKind.Change, Text = "Turnover falls by a fifth" };
            var foreign = new SuccessIndicator { PlanId = south.Id, KeyDifferenceId = other.Id, Kind = IndicatorKind.Process, Text = "Theirs" };
            db.AddRange(difference, other, indicator, foreign);
            await db.SaveChangesAsync();
            (mine, theirs) = (indicator.Id, foreign.Id);
        }
        var url = $"/api/plans/{planId}/action-plan/steps/{step.Id}";

        var refused = await browser.Client.PutAsJsonAsync(url, new { version = step.Version, description = step.Description, status = "NotStarted", indicatorId = theirs });
        var linked = await browser.Client.PutAsJsonAsync(url, new { version = step.Version, description = step.Description, status = "NotStarted", indicatorId = mine });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        linked.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var check = App.NewDbContext();
        (await check.ActionSteps.SingleAsync()).IndicatorId.ShouldBe(mine);
    }

    [Fact]
    public async Task RestoringAClearedRaciCell_AfterItWasFilledAgain_IsRefusedWithAMessage_AndKeepsTheNewLetter()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var strategy = await AddStrategyAsync(browser, planId);
        var step = await AddStepAsync(browser, planId, strategy.Id, "Survey agencies");
        var member = await Data.TeamMemberAsync(planId, "Rosa Delgado");
        var url = $"/api/plans/{planId}/action-plan/raci/{step.Id}/{member}";
        var set = await OkAsync<Cell>(await browser.Client.PutAsJsonAsync(url, new { role = "Accountable", version = (uint?)null }));
        await OkAsync<Cell>(await browser.Client.PutAsJsonAsync(url, new { role = (string?)null, version = set.Version }));
        await OkAsync<Cell>(await browser.Client.PutAsJsonAsync(url, new { role = "Responsible", version = (uint?)null }));
        long clearing;
        await using (var db = App.NewDbContext())
        {
            clearing = await db.ChangeRecords.Where(c => c.EntityType == nameof(RaciCell) && c.Kind == ChangeKind.Deleted).Select(c => c.Id).SingleAsync();
        }

        var restore = await browser.Client.PostAsync($"/api/plans/{planId}/changes/{clearing}/restore", null);

        restore.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await restore.Content.ReadAsStringAsync()).ShouldContain("This version cannot be put back");
        await using var after = App.NewDbContext();
        (await after.RaciCells.SingleAsync()).Role.ShouldBe(RaciRole.Responsible);
    }

    [Fact]
    public async Task RaciCell_IsSetAndCleared_AndAStaleEditIsAConflict()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var strategy = await AddStrategyAsync(browser, planId);
        var step = await AddStepAsync(browser, planId, strategy.Id, "Survey agencies");
        var member = await Data.TeamMemberAsync(planId, "Rosa Delgado");
        var url = $"/api/plans/{planId}/action-plan/raci/{step.Id}/{member}";

        var set = await OkAsync<Cell>(await browser.Client.PutAsJsonAsync(url, new { role = "Accountable", version = (uint?)null }));
        // Someone else saw the cell empty and fills it meanwhile: refused, with the letter now stored.
        var secondFirst = await browser.Client.PutAsJsonAsync(url, new { role = "Informed", version = (uint?)null });
        var changed = await OkAsync<Cell>(await browser.Client.PutAsJsonAsync(url, new { role = "Responsible", version = set.Version }));
        var staleClear = await browser.Client.PutAsJsonAsync(url, new { role = (string?)null, version = set.Version });
        var cleared = await OkAsync<Cell>(await browser.Client.PutAsJsonAsync(url, new { role = (string?)null, version = changed.Version }));

        set.Role.ShouldBe("Accountable");
        secondFirst.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await secondFirst.Content.ReadFromJsonAsync<Cell>())!.Role.ShouldBe("Accountable");
        changed.Role.ShouldBe("Responsible");
        staleClear.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await staleClear.Content.ReadFromJsonAsync<Cell>())!.Role.ShouldBe("Responsible");
        cleared.Role.ShouldBeNull();
        await using var db = App.NewDbContext();
        (await db.RaciCells.CountAsync()).ShouldBe(0);
        (await db.ChangeRecords.CountAsync(c => c.EntityType == nameof(RaciCell))).ShouldBe(3);
    }

    [Fact]
    public async Task Dependency_ThatClosesALoop_IsRefused_WithAMessageNamingTheSteps()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var strategy = await AddStrategyAsync(browser, planId);
        var survey = await AddStepAsync(browser, planId, strategy.Id, "Survey agencies");
        var draft = await AddStepAsync(browser, planId, strategy.Id, "Draft the wage floor");
        var present = await AddStepAsync(browser, planId, strategy.Id, "Present to the county");
        var url = $"/api/plans/{planId}/action-plan/dependencies";
        await OkAsync<Dependency>(await browser.Client.PostAsJsonAsync(url, new { stepId = draft.Id, dependsOnStepId = survey.Id }));
        var wait = await OkAsync<Dependency>(await browser.Client.PostAsJsonAsync(url, new { stepId = present.Id, dependsOnStepId = draft.Id }));

        var loop = await browser.Client.PostAsJsonAsync(url, new { stepId = survey.Id, dependsOnStepId = present.Id });
        var self = await browser.Client.PostAsJsonAsync(url, new { stepId = survey.Id, dependsOnStepId = survey.Id });

        loop.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var message = await loop.Content.ReadAsStringAsync();
        message.ShouldContain("Survey agencies");
        message.ShouldContain("Present to the county");
        message.ShouldContain("Draft the wage floor");
        self.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await browser.Client.DeleteAsync($"{url}/{wait.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = App.NewDbContext();
        (await db.StepWaits.SingleAsync()).StepId.ShouldBe(draft.Id);
    }

    [Fact]
    public async Task ImportFirstSteps_CopiesAdLibFirstStepsInOrder_AndSkipsThoseAlreadyImported()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var quickWins = await AddStrategyAsync(browser, planId, "Quick wins");
        var later = await AddStrategyAsync(browser, planId, "Later");
        await AddStepAsync(browser, planId, quickWins.Id, "Our own step");
        await using (var db = App.NewDbContext())
        {
            db.FirstSteps.AddRange(
                new FirstStep { PlanId = planId, Text = "Meet the purchasing office", Position = 1 },
                new FirstStep { PlanId = planId, Text = "Invite two agencies to the pilot", Position = 0 });
            await db.SaveChangesAsync();
        }

        var first = await OkAsync<List<Step>>(await browser.Client.PostAsync($"/api/plans/{planId}/action-plan/strategies/{quickWins.Id}/import-first-steps", null));
        var again = await OkAsync<List<Step>>(await browser.Client.PostAsync($"/api/plans/{planId}/action-plan/strategies/{later.Id}/import-first-steps", null));
        await using (var db = App.NewDbContext())
        {
            db.FirstSteps.Add(new FirstStep { PlanId = planId, Text = "Share the living wage table", Position = 2 });
            await db.SaveChangesAsync();
        }
        var newOne = await OkAsync<List<Step>>(await browser.Client.PostAsync($"/api/plans/{planId}/action-plan/strategies/{later.Id}/import-first-steps", null));

        first.Select(s => (s.Description, s.Position)).ShouldBe([("Invite two agencies to the pilot", 1), ("Meet the purchasing office", 2)]);
        again.ShouldBeEmpty();
        newOne.ShouldHaveSingleItem().Description.ShouldBe("Share the living wage table");
        await using var check = App.NewDbContext();
        (await check.ActionSteps.CountAsync(s => s.FirstStepId != null)).ShouldBe(3);
        (await check.ActionSteps.CountAsync(s => s.StrategyId == later.Id)).ShouldBe(1);
    }

    [Theory]
    [InlineData(OrganizationRole.Staff, HttpStatusCode.Forbidden)]
    [InlineData(OrganizationRole.Admin, HttpStatusCode.Forbidden)]
    [InlineData(OrganizationRole.Director, HttpStatusCode.OK)]
    public async Task Approval_IsRecordedOnlyForADirector(OrganizationRole role, HttpStatusCode expected)
    {
        var (browser, planId) = await SignedInWithAPlanAsync(role);
        using var _ = browser;
        var snapshot = await OkAsync<Snapshot>(await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/snapshots", new { name = "For the board, March" }));

        var response = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/action-plan/approvals", new { snapshotId = snapshot.Id, note = "Approved at the board meeting" });

        response.StatusCode.ShouldBe(expected);
        var view = await OkAsync<View>(await browser.Client.GetAsync($"/api/plans/{planId}/action-plan"));
        view.CanApprove.ShouldBe(role == OrganizationRole.Director);
        if (expected == HttpStatusCode.OK)
        {
            var approval = view.Approvals.ShouldHaveSingleItem();
            approval.SnapshotName.ShouldBe("For the board, March");
            approval.SnapshotId.ShouldBe(snapshot.Id);
        }
        else
        {
            view.Approvals.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task PartnerOnThePlan_CanReadButChangesNothing()
    {
        var (browser, planId) = await SignedInWithAPlanAsync(OrganizationRole.Partner);
        using var _ = browser;
        var ids = await SeedAsync(planId);

        (await browser.Client.GetAsync($"/api/plans/{planId}/action-plan")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var response in await EveryWriteAsync(browser, planId, ids))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, response.RequestMessage!.RequestUri!.ToString());
        }
        await AssertUntouchedAsync();
    }

    [Fact]
    public async Task StaffOfAnotherOrganization_GetsNotFound_OnEveryEndpoint_AndOtherPlansIdsDoNotWorkThroughMine()
    {
        var (browser, myPlanId) = await SignedInWithAPlanAsync(OrganizationRole.Director);
        using var _ = browser;
        var south = await Data.OrganizationAsync("south");
        var otherPlan = await Data.PlanAsync(south, "South plan");
        var theirs = await SeedAsync(otherPlan.Id);

        (await browser.Client.GetAsync($"/api/plans/{otherPlan.Id}/action-plan")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var response in (await EveryWriteAsync(browser, otherPlan.Id, theirs)).Concat(await EveryWriteAsync(browser, myPlanId, theirs, idsOnly: true)))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, response.RequestMessage!.RequestUri!.ToString());
        }
        await AssertUntouchedAsync();
    }

    private sealed record Seeded(Guid StrategyId, Guid StepId, Guid OtherStepId, Guid MemberId, Guid DependencyId, Guid SnapshotId);

    private async Task<Seeded> SeedAsync(Guid planId)
    {
        var memberId = await Data.TeamMemberAsync(planId, "Their member");
        await using var db = App.NewDbContext();
        var strategy = new Strategy { PlanId = planId, Name = "Their strategy" };
        db.FirstSteps.Add(new FirstStep { PlanId = planId, Text = "Their first step" });
        var step = new ActionStep { PlanId = planId, StrategyId = strategy.Id, Description = "Their step" };
        var other = new ActionStep { PlanId = planId, StrategyId = strategy.Id, Description = "Their other step", Position = 1 };
        var wait = new StepWait { PlanId = planId, StepId = other.Id, DependsOnStepId = step.Id };
        var snapshot = new PlanSnapshot { PlanId = planId, Name = "Theirs", TakenAt = DateTimeOffset.UtcNow };
        db.AddRange(strategy, step, other, wait, snapshot, new RaciCell { PlanId = planId, StepId = step.Id, MemberId = memberId, Role = RaciRole.Accountable });
        await db.SaveChangesAsync();
        return new Seeded(strategy.Id, step.Id, other.Id, memberId, wait.Id, snapshot.Id);
    }

    /// <param name="idsOnly">Only the endpoints that take a record's id (adding a strategy to one's own plan is fine).</param>
    private static async Task<List<HttpResponseMessage>> EveryWriteAsync(Browser browser, Guid planId, Seeded ids, bool idsOnly = false)
    {
        var root = $"/api/plans/{planId}/action-plan";
        var c = browser.Client;
        List<HttpResponseMessage> planOnly = idsOnly ? [] : [await c.PostAsJsonAsync($"{root}/strategies", new { name = "x" })];
        return
        [
            .. planOnly,
            await c.PutAsJsonAsync($"{root}/strategies/{ids.StrategyId}", new { version = 0, name = "x" }),
            await c.DeleteAsync($"{root}/strategies/{ids.StrategyId}?version=0"),
            await c.PostAsJsonAsync($"{root}/strategies/{ids.StrategyId}/steps", new { description = "x" }),
            await c.PostAsync($"{root}/strategies/{ids.StrategyId}/import-first-steps", null),
            await c.PutAsJsonAsync($"{root}/steps/{ids.StepId}", new { version = 0, description = "x", status = "Done" }),
            await c.DeleteAsync($"{root}/steps/{ids.StepId}?version=0"),
            await c.PostAsJsonAsync($"{root}/steps/{ids.StepId}/move", new { direction = "Down" }),
            await c.PutAsJsonAsync($"{root}/raci/{ids.StepId}/{ids.MemberId}", new { role = "Informed", version = 0 }),
            await c.PostAsJsonAsync($"{root}/dependencies", new { stepId = ids.StepId, dependsOnStepId = ids.OtherStepId }),
            await c.DeleteAsync($"{root}/dependencies/{ids.DependencyId}"),
            await c.PostAsJsonAsync($"{root}/approvals", new { snapshotId = ids.SnapshotId }),
        ];
    }

    private async Task AssertUntouchedAsync()
    {
        await using var db = App.NewDbContext();
        (await db.Strategies.SingleAsync()).Name.ShouldBe("Their strategy");
        (await db.ActionSteps.OrderBy(s => s.Position).Select(s => s.Description).ToListAsync()).ShouldBe(["Their step", "Their other step"]);
        (await db.RaciCells.SingleAsync()).Role.ShouldBe(RaciRole.Accountable);
        (await db.StepWaits.CountAsync()).ShouldBe(1);
        (await db.ActionPlanApprovals.CountAsync()).ShouldBe(0);
    }

    private sealed record StrategyDto(Guid Id, string Name, string Goal, Guid? CanvasItemId, int Position, uint Version);

    private sealed record Step(Guid Id, Guid StrategyId, int Position, string Description, string Notes, string Status, uint Version);

    private sealed record Cell(Guid StepId, Guid MemberId, string? Role, uint? Version);

    private sealed record Dependency(Guid Id, Guid StepId, Guid DependsOnStepId);

    private sealed record Snapshot(Guid Id, string Name);

    private sealed record Approval(Guid Id, Guid SnapshotId, string SnapshotName, string ApproverName);

    private sealed record View(List<StrategyDto> Strategies, List<Step> Steps, List<Approval> Approvals, bool CanApprove);
}
