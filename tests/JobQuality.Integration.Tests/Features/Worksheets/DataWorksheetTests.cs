using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.History;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Core.Worksheets;
using JobQuality.Integration.Tests.Infrastructure;
using JobQuality.Web.Features.Workbook;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Worksheets;

public sealed class DataWorksheetTests(AppFactory app) : AppTest(app)
{
    private static string Sheets(Guid planId) => $"/api/plans/{planId}/data-worksheets";

    private static async Task<T> OkAsync<T>(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private static async Task<Need> AddNeedAsync(
        Browser browser, Guid planId, string purpose, string type, string availability = "NotChecked", string holder = "", string location = "") =>
        await OkAsync<Need>(await browser.Client.PostAsJsonAsync($"{Sheets(planId)}/needs", new { purpose, dataType = type, availability, holder, location }));

    [Fact]
    public async Task GapView_ListsWhatDoesNotExist_AndGroupsTheRestByHolder()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        await AddNeedAsync(browser, planId, "Baseline", "Starting wages", "HaveIt", location: "Case management system");
        await AddNeedAsync(browser, planId, "Baseline", "Agency schedules", "HeldBy", "Employers' Association", "HR systems");
        await AddNeedAsync(browser, planId, "Change", "Wages a year later", "HeldBy", "State Labor Department", "UI wage records");
        await AddNeedAsync(browser, planId, "Change", "Schedule notice given", "DoesNotExist");
        await AddNeedAsync(browser, planId, "Change", "Promotions", "HeldBy", " employers' association ");
        await AddNeedAsync(browser, planId, "Change", "Worker survey");

        var gaps = await OkAsync<Gaps>(await browser.Client.GetAsync($"{Sheets(planId)}/gaps"));

        gaps.Missing.Select(n => n.DataType).ShouldBe(["Schedule notice given"]);
        gaps.Held.Select(h => h.Holder).ShouldBe(["Employers' Association", "State Labor Department"]);
        gaps.Held[0].Needs.Select(n => n.DataType).ShouldBe(["Agency schedules", "Promotions"]);
        gaps.Held[0].NextStep.ShouldContain("one request");
        gaps.Held[1].NextStep.ShouldContain("State Labor Department");
        gaps.InHand.Select(n => n.DataType).ShouldBe(["Starting wages"]);
        gaps.NotChecked.Select(n => n.DataType).ShouldBe(["Worker survey"]);
    }

    [Fact]
    public async Task BothWorksheetsAndCommitments_MakeTheToolDone_AndKeepHistory()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var need = await AddNeedAsync(browser, planId, "Baseline", "  Starting wages ");
        need.DataType.ShouldBe("Starting wages");
        need.Availability.ShouldBe("NotChecked");
        var saved = await OkAsync<Need>(await browser.Client.PutAsJsonAsync($"{Sheets(planId)}/needs/{need.Id}",
            new { version = need.Version, dataType = "Starting wages", availability = "HeldBy", holder = "State", location = "Wage records" }));
        saved.Holder.ShouldBe("State");
        await AddNeedAsync(browser, planId, "Change", "Wages a year later", "DoesNotExist");
        var difference = await OkAsync<DifferenceRow>(await browser.Client.PostAsJsonAsync($"{Sheets(planId)}/differences",
            new { difference = "placements pay a living wage", evidence = "more wages above the living wage" }));
        difference.Sentence.ShouldBe("We will know placements pay a living wage occurred if we see more wages above the living wage.");
        await OkAsync<Indicator>(await browser.Client.PostAsJsonAsync($"{Sheets(planId)}/differences/{difference.Id}/indicators", new { kind = "Process", text = "contracts signed" }));
        await OkAsync<Indicator>(await browser.Client.PostAsJsonAsync($"{Sheets(planId)}/differences/{difference.Id}/indicators", new { kind = "Change", text = "share at living wage" }));
        foreach (var field in new[] { DataWorksheets.ShareField, DataWorksheets.CollectField })
        {
            await OkAsync<AnswerView>(await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/answers/{DataWorksheets.ToolKey}/{field}", new { version = 0, text = "Something" }));
        }
        await using (var before = App.NewDbContext())
        {
            (await JourneyProgress.ForPlanAsync(before, planId))[DataWorksheets.ToolKey].ShouldBe(ToolProgress.InProgress);
        }

        await OkAsync<AnswerView>(await browser.Client.PutAsJsonAsync(
            $"/api/plans/{planId}/answers/{DataWorksheets.ToolKey}/{DataWorksheets.TrackField}", new { version = 0, text = "share at living wage" }));

        var view = await OkAsync<Sheet>(await browser.Client.GetAsync(Sheets(planId)));
        view.Needs.Count.ShouldBe(2);
        view.Indicators.Count.ShouldBe(2);
        await using var db = App.NewDbContext();
        (await JourneyProgress.ForPlanAsync(db, planId))[DataWorksheets.ToolKey].ShouldBe(ToolProgress.Done);
        var changes = await db.ChangeRecords.Where(c => c.PlanId == planId).ToListAsync();
        changes.ShouldContain(c => c.EntityType == nameof(DataNeed) && c.Kind == ChangeKind.Modified && c.EntityId == need.Id.ToString());
        changes.ShouldContain(c => c.EntityType == nameof(SuccessIndicator) && c.Kind == ChangeKind.Added);
    }

    [Fact]
    public async Task DeletingADifference_DeletesItsIndicators()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var difference = await OkAsync<DifferenceRow>(await browser.Client.PostAsJsonAsync($"{Sheets(planId)}/differences", new { difference = "x" }));
        await OkAsync<Indicator>(await browser.Client.PostAsJsonAsync($"{Sheets(planId)}/differences/{difference.Id}/indicators", new { kind = "Change", text = "y" }));

        var deleted = await browser.Client.DeleteAsync($"{Sheets(planId)}/differences/{difference.Id}?version={difference.Version}");

        deleted.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = App.NewDbContext();
        (await db.SuccessIndicators.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task SaveFromAStaleVersion_IsAConflictWithTheirs_AndNothingIsOverwritten()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var need = await AddNeedAsync(browser, planId, "Baseline", "Starting wages");
        await OkAsync<Need>(await browser.Client.PutAsJsonAsync($"{Sheets(planId)}/needs/{need.Id}",
            new { version = need.Version, dataType = "Starting wages", availability = "HaveIt" }));

        var stale = await browser.Client.PutAsJsonAsync($"{Sheets(planId)}/needs/{need.Id}",
            new { version = need.Version, dataType = "Stale", availability = "DoesNotExist" });
        var staleDelete = await browser.Client.DeleteAsync($"{Sheets(planId)}/needs/{need.Id}?version={need.Version}");

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<Need>())!.Availability.ShouldBe("HaveIt");
        staleDelete.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await using var db = App.NewDbContext();
        var stored = await db.DataNeeds.SingleAsync();
        stored.DataType.ShouldBe("Starting wages");
        stored.Availability.ShouldBe(DataAvailability.HaveIt);
    }

    [Fact]
    public async Task EmptyOrTooLongRows_AreRefused()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;

        var empty = await browser.Client.PostAsJsonAsync($"{Sheets(planId)}/needs", new { purpose = "Baseline", dataType = "  " });
        var tooLong = await browser.Client.PostAsJsonAsync($"{Sheets(planId)}/needs", new { purpose = "Baseline", dataType = "x", location = new string('x', DataNeed.TextMaxLength + 1) });
        var emptyDifference = await browser.Client.PostAsJsonAsync($"{Sheets(planId)}/differences", new { difference = "" });

        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLong.Content.ReadAsStringAsync()).ShouldContain("where it sits");
        emptyDifference.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = App.NewDbContext();
        (await db.DataNeeds.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task PartnerOnThePlan_CanReadButNotWrite()
    {
        var (browser, planId) = await SignedInWithAPlanAsync(OrganizationRole.Partner);
        using var _ = browser;
        var (needId, differenceId, indicatorId) = await SeedAsync(planId);

        (await browser.Client.GetAsync(Sheets(planId))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Client.GetAsync($"{Sheets(planId)}/gaps")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var response in await WritesAsync(browser, planId, needId, differenceId, indicatorId))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, response.RequestMessage!.RequestUri!.ToString());
        }
        (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/answers/{DataWorksheets.ToolKey}/{DataWorksheets.ShareField}", new { version = 0, text = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var db = App.NewDbContext();
        (await db.DataNeeds.SingleAsync()).DataType.ShouldBe("Their data");
        (await db.SuccessIndicators.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task StaffOfAnotherOrganization_GetsNotFound_OnEveryEndpoint()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var __ = browser;
        var south = await Data.OrganizationAsync("south");
        var otherPlan = await Data.PlanAsync(south, "South plan");
        var (needId, differenceId, indicatorId) = await SeedAsync(otherPlan.Id);

        (await browser.Client.GetAsync(Sheets(otherPlan.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.GetAsync($"{Sheets(otherPlan.Id)}/gaps")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var response in await WritesAsync(browser, otherPlan.Id, needId, differenceId, indicatorId))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, response.RequestMessage!.RequestUri!.ToString());
        }
        await AssertUntouchedAsync();
    }

    [Fact]
    public async Task RowsOfAnotherPlan_AreNotFound_ThroughMyOwnPlan()
    {
        var (browser, myPlanId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var south = await Data.OrganizationAsync("south");
        var otherPlan = await Data.PlanAsync(south, "South plan");
        var (needId, differenceId, indicatorId) = await SeedAsync(otherPlan.Id);

        foreach (var response in await WritesAsync(browser, myPlanId, needId, differenceId, indicatorId, includeAdds: false))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, response.RequestMessage!.RequestUri!.ToString());
        }
        // An indicator cannot be hung on another plan's key difference either.
        (await browser.Client.PostAsJsonAsync($"{Sheets(myPlanId)}/differences/{differenceId}/indicators", new { kind = "Change", text = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await AssertUntouchedAsync();
    }

    private async Task AssertUntouchedAsync()
    {
        await using var db = App.NewDbContext();
        (await db.DataNeeds.SingleAsync()).DataType.ShouldBe("Their data");
        (await db.KeyDifferences.SingleAsync()).Difference.ShouldBe("Their difference");
        (await db.SuccessIndicators.SingleAsync()).Text.ShouldBe("Their indicator");
    }

    private static async Task<List<HttpResponseMessage>> WritesAsync(
        Browser browser, Guid planId, Guid needId, Guid differenceId, Guid indicatorId, bool includeAdds = true)
    {
        var c = browser.Client;
        var responses = new List<HttpResponseMessage>
        {
            await c.PutAsJsonAsync($"{Sheets(planId)}/needs/{needId}", new { version = 0, dataType = "x", availability = "HaveIt" }),
            await c.DeleteAsync($"{Sheets(planId)}/needs/{needId}?version=0"),
            await c.PutAsJsonAsync($"{Sheets(planId)}/differences/{differenceId}", new { version = 0, difference = "x" }),
            await c.DeleteAsync($"{Sheets(planId)}/differences/{differenceId}?version=0"),
            await c.PutAsJsonAsync($"{Sheets(planId)}/indicators/{indicatorId}", new { version = 0, text = "x" }),
            await c.DeleteAsync($"{Sheets(planId)}/indicators/{indicatorId}?version=0"),
        };
        if (includeAdds)
        {
            responses.Add(await c.PostAsJsonAsync($"{Sheets(planId)}/needs", new { purpose = "Baseline", dataType = "x" }));
            responses.Add(await c.PostAsJsonAsync($"{Sheets(planId)}/differences", new { difference = "x" }));
            responses.Add(await c.PostAsJsonAsync($"{Sheets(planId)}/differences/{differenceId}/indicators", new { kind = "Change", text = "x" }));
        }
        return responses;
    }

    private async Task<(Guid Need, Guid Difference, Guid Indicator)> SeedAsync(Guid planId)
    {
        await using var setup = App.NewDbContext();
        var need = new DataNeed { PlanId = planId, DataType = "Their data", Availability = DataAvailability.HaveIt };
        var difference = new KeyDifference { PlanId = planId, Difference = "Their difference" };
        var indicator = new SuccessIndicator { PlanId = planId, KeyDifferenceId = difference.Id, Kind = IndicatorKind.Change, Text = "Their indicator" };
        setup.AddRange(need, difference, indicator);
        await setup.SaveChangesAsync();
        return (need.Id, difference.Id, indicator.Id);
    }

    private sealed record Need(Guid Id, string Purpose, string DataType, string Availability, string Holder, string Location, int Position, uint Version);

    private sealed record DifferenceRow(Guid Id, string Difference, string Evidence, string Sentence, int Position, uint Version);

    private sealed record Indicator(Guid Id, Guid KeyDifferenceId, string Kind, string Text, int Position, uint Version);

    private sealed record HolderGroup(string Holder, string NextStep, List<Need> Needs);

    private sealed record Gaps(List<Need> Missing, List<HolderGroup> Held, List<Need> InHand, List<Need> NotChecked);

    private sealed record Sheet(Guid PlanId, List<Need> Needs, List<DifferenceRow> Differences, List<Indicator> Indicators, Gaps Gaps);
}
