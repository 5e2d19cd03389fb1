using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Core.Workbook;
using JobQuality.Core.Worksheets;
using JobQuality.Integration.Tests.Infrastructure;
using JobQuality.Web.Features.Workbook;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Charge;

public sealed class ChargeTests(AppFactory app) : AppTest(app)
{
    private static string Charge(Guid planId) => $"/api/plans/{planId}/charge";

    private static async Task<T> OkAsync<T>(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private static async Task<Step> AddAsync(Browser browser, Guid planId, string text) =>
        await OkAsync<Step>(await browser.Client.PostAsJsonAsync($"{Charge(planId)}/steps", new { text }));

    [Fact]
    public async Task TheCharge_StartsAsTheValueProposition_UntilSomeoneWritesOne()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        await using (var setup = App.NewDbContext())
        {
            setup.ValuePropositions.Add(new Core.Workbook.ValueProposition { PlanId = planId, TargetCustomers = "home health aides" });
            await setup.SaveChangesAsync();
        }

        var prefilled = await OkAsync<View>(await browser.Client.GetAsync(Charge(planId)));
        await OkAsync<AnswerView>(await browser.Client.PutAsJsonAsync(
            $"/api/plans/{planId}/answers/{OurCharge.ToolKey}/{OurCharge.ChargeField}", new { version = 0, text = "Make every healthcare job a good one." }));
        var written = await OkAsync<View>(await browser.Client.GetAsync(Charge(planId)));

        prefilled.ValuePropositionSentence.ShouldNotBeNull().ShouldContain("home health aides");
        prefilled.Charge.ShouldBe(prefilled.ValuePropositionSentence);
        prefilled.Sentence.ShouldStartWith("Our charge: Our job quality work aims to help home health aides");
        written.Charge.ShouldBe("Make every healthcare job a good one.");
        written.Sentence.ShouldStartWith("Our charge: Make every healthcare job a good one. Our first steps are [our first steps].");
    }

    [Fact]
    public async Task FirstSteps_KeepTheirOrder_AndTheChargeIsDoneWithPickedIndicators()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var first = await AddAsync(browser, planId, "Adopt contract criteria");
        var second = await AddAsync(browser, planId, "Recruit pilot agencies");
        await AddAsync(browser, planId, "Sign a data agreement");
        Guid indicatorId;
        await using (var setup = App.NewDbContext())
        {
            var difference = new KeyDifference { PlanId = planId, Difference = "wages rise" };
            var indicator = new SuccessIndicator { PlanId = planId, KeyDifferenceId = difference.Id, Kind = IndicatorKind.Change, Text = "median starting wage" };
            setup.AddRange(difference, indicator);
            await setup.SaveChangesAsync();
            indicatorId = indicator.Id;
        }
        var moved = await OkAsync<List<Step>>(await browser.Client.PostAsJsonAsync($"{Charge(planId)}/steps/{second.Id}/move", new { direction = "Up" }));
        moved.Select(s => s.Text).ShouldBe(["Recruit pilot agencies", "Adopt contract criteria", "Sign a data agreement"]);
        var edited = moved.Single(s => s.Id == first.Id);
        await OkAsync<Step>(await browser.Client.PutAsJsonAsync($"{Charge(planId)}/steps/{first.Id}", new { version = edited.Version, text = "Adopt OJT contract criteria" }));
        foreach (var (field, text) in new[]
                 {
                     (OurCharge.ChargeField, "Better jobs."), (OurCharge.ExcitedField, "A county of good care jobs"),
                     (OurCharge.DifferentField, "aides will earn a living wage"), (OurCharge.IndicatorsField, $"{indicatorId},{Guid.NewGuid()}"),
                 })
        {
            await OkAsync<AnswerView>(await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/answers/{OurCharge.ToolKey}/{field}", new { version = 0, text }));
        }

        var view = await OkAsync<View>(await browser.Client.GetAsync(Charge(planId)));

        view.Steps.Select(s => s.Text).ShouldBe(["Recruit pilot agencies", "Adopt OJT contract criteria", "Sign a data agreement"]);
        view.Sentence.ShouldBe("Our charge: Better jobs. Our first steps are recruit pilot agencies, adopt OJT contract criteria and sign a data agreement. " +
                               "We are most excited about a county of good care jobs. If we succeed, aides will earn a living wage, and we will see it in median starting wage.");
        await using var db = App.NewDbContext();
        (await JourneyProgress.ForPlanAsync(db, planId))[OurCharge.ToolKey].ShouldBe(ToolProgress.Done);
    }

    [Fact]
    public async Task StaleSaveOrDelete_IsAConflict_AndNothingIsOverwritten()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var step = await AddAsync(browser, planId, "Adopt contract criteria");
        await OkAsync<Step>(await browser.Client.PutAsJsonAsync($"{Charge(planId)}/steps/{step.Id}", new { version = step.Version, text = "Theirs" }));

        var stale = await browser.Client.PutAsJsonAsync($"{Charge(planId)}/steps/{step.Id}", new { version = step.Version, text = "Mine" });
        var staleDelete = await browser.Client.DeleteAsync($"{Charge(planId)}/steps/{step.Id}?version={step.Version}");

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<Step>())!.Text.ShouldBe("Theirs");
        staleDelete.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await using var db = App.NewDbContext();
        (await db.FirstSteps.SingleAsync()).Text.ShouldBe("Theirs");
    }

    [Fact]
    public async Task PartnerOnThePlan_CanReadButNotWrite()
    {
        var (browser, planId) = await SignedInWithAPlanAsync(OrganizationRole.Partner);
        using var _ = browser;
        var stepId = await SeedStepAsync(planId);

        (await browser.Client.GetAsync(Charge(planId))).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var response in await WritesAsync(browser, planId, stepId))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, response.RequestMessage!.RequestUri!.ToString());
        }
        await using var db = App.NewDbContext();
        (await db.FirstSteps.SingleAsync()).Text.ShouldBe("Their step");
    }

    [Fact]
    public async Task StaffOfAnotherOrganization_GetsNotFound_AndTheirStepsAreNotReachableThroughMyPlan()
    {
        var (browser, myPlanId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var south = await Data.OrganizationAsync("south");
        var otherPlan = await Data.PlanAsync(south, "South plan");
        var stepId = await SeedStepAsync(otherPlan.Id);

        (await browser.Client.GetAsync(Charge(otherPlan.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var response in (await WritesAsync(browser, otherPlan.Id, stepId)).Concat(await WritesAsync(browser, myPlanId, stepId, includeAdd: false)))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, response.RequestMessage!.RequestUri!.ToString());
        }
        await using var db = App.NewDbContext();
        (await db.FirstSteps.SingleAsync()).Text.ShouldBe("Their step");
    }

    [Fact]
    public async Task Governance_IsAFormTool_DoneWhenEveryQuestionIsAnswered()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        foreach (var field in Governance.Form.Fields)
        {
            await OkAsync<AnswerView>(await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/answers/{Governance.ToolKey}/{field.Key}", new { version = 0, text = $"About {field.Key}" }));
        }

        var answers = await OkAsync<Dictionary<string, AnswerView>>(await browser.Client.GetAsync($"/api/plans/{planId}/answers/{Governance.ToolKey}"));

        answers["cadence"].Text.ShouldBe("About cadence");
        await using var db = App.NewDbContext();
        (await JourneyProgress.ForPlanAsync(db, planId))[Governance.ToolKey].ShouldBe(ToolProgress.Done);
    }

    private async Task<Guid> SeedStepAsync(Guid planId)
    {
        await using var setup = App.NewDbContext();
        var step = new FirstStep { PlanId = planId, Text = "Their step" };
        setup.FirstSteps.Add(step);
        await setup.SaveChangesAsync();
        return step.Id;
    }

    /// <summary>Every write of the charge (the add takes no step id, so it is left out when only the id is foreign).</summary>
    private static async Task<List<HttpResponseMessage>> WritesAsync(Browser browser, Guid planId, Guid stepId, bool includeAdd = true) =>
    [
        .. includeAdd ? [await browser.Client.PostAsJsonAsync($"{Charge(planId)}/steps", new { text = "x" })] : Array.Empty<HttpResponseMessage>(),
        await browser.Client.PutAsJsonAsync($"{Charge(planId)}/steps/{stepId}", new { version = 0, text = "x" }),
        await browser.Client.DeleteAsync($"{Charge(planId)}/steps/{stepId}?version=0"),
        await browser.Client.PostAsJsonAsync($"{Charge(planId)}/steps/{stepId}/move", new { direction = "Up" }),
    ];

    private sealed record Step(Guid Id, string Text, int Position, uint Version);

    private sealed record View(Guid PlanId, string? ValuePropositionSentence, List<Step> Steps, string Sentence, string Charge);
}
