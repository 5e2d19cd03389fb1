using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.Organizations;
using JobQuality.Core.Workbook;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Workbook;

/// <summary>Foundations and the project charter: one autosaved answer per question.</summary>
public sealed class WorkbookAnswerTests(AppFactory app) : AppTest(app)
{
    private sealed record Answer(string FieldKey, string Text, uint Version);

    private sealed record HistoryEntry(string Description);

    private sealed record PlanView(PlanSummaryView Plan, Dictionary<string, string> ToolProgress);

    private sealed record PlanSummaryView(int PercentDone);

    private static Task<HttpResponseMessage> SaveAsync(Browser browser, Guid planId, string tool, string field, uint version, string text) =>
        browser.Client.PutAsJsonAsync($"/api/plans/{planId}/answers/{tool}/{field}", new { version, text });

    [Fact]
    public async Task AnAnswer_IsSaved_ReadBack_InTheHistory_AndMovesTheJourneyOn()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var before = await browser.Client.GetFromJsonAsync<Dictionary<string, Answer>>($"/api/plans/{planId}/answers/charter");
        before!.Keys.Count.ShouldBe(ProjectCharter.Form.Fields.Count());
        before["values"].Version.ShouldBe(0u);

        var response = await SaveAsync(browser, planId, "charter", "values", 0, "  Workers' experience counts as evidence.  ");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answers = await browser.Client.GetFromJsonAsync<Dictionary<string, Answer>>($"/api/plans/{planId}/answers/charter");
        answers!["values"].Text.ShouldBe("Workers' experience counts as evidence.");
        answers["values"].Version.ShouldNotBe(0u);
        var history = await browser.Client.GetFromJsonAsync<List<HistoryEntry>>($"/api/plans/{planId}/history");
        history![0].Description.ShouldContain("“Values”");

        foreach (var field in ProjectCharter.Form.Fields.Where(f => f.Key != "values"))
        {
            (await SaveAsync(browser, planId, "charter", field.Key, 0, "An answer")).EnsureSuccessStatusCode();
        }
        var overview = await browser.Client.GetFromJsonAsync<PlanView>($"/api/plans/{planId}");
        overview!.Plan.PercentDone.ShouldBe((int)Math.Round(100m / Core.Plans.PlanningJourney.Tools.Count, MidpointRounding.AwayFromZero)); // one tool done
        overview.ToolProgress["charter"].ShouldBe("Done");
        overview.ToolProgress["foundations"].ShouldBe("NotStarted");
    }

    [Fact]
    public async Task SavingFromAStaleVersion_IsAConflictWithTheirAnswer_WhileOtherQuestionsSaveFreely()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        await SaveAsync(browser, planId, "foundations", "goals", 0, "First wording");
        var current = (await browser.Client.GetFromJsonAsync<Dictionary<string, Answer>>($"/api/plans/{planId}/answers/foundations"))!["goals"];
        await SaveAsync(browser, planId, "foundations", "goals", current.Version, "Second wording");

        var stale = await SaveAsync(browser, planId, "foundations", "goals", current.Version, "Stale wording");
        var otherQuestion = await SaveAsync(browser, planId, "foundations", "equity", 0, "Another answer");

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<Answer>())!.Text.ShouldBe("Second wording");
        otherQuestion.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = App.NewDbContext();
        (await db.WorkbookAnswers.SingleAsync(a => a.FieldKey == "goals")).Text.ShouldBe("Second wording");
    }

    [Fact]
    public async Task TwoFirstAnswersAtOnce_OneWins_TheOtherIsAConflict()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;

        var responses = await Task.WhenAll(
            SaveAsync(browser, planId, "foundations", "controls", 0, "Mine"),
            SaveAsync(browser, planId, "foundations", "controls", 0, "Theirs"));

        responses.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        await using var db = App.NewDbContext();
        (await db.WorkbookAnswers.CountAsync(a => a.FieldKey == "controls")).ShouldBe(1);
    }

    [Fact]
    public async Task AnAnswerTooLong_IsRefusedWithAMessageForThatQuestion_AndNothingIsLost()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        await SaveAsync(browser, planId, "charter", "vision", 0, "A short vision");

        var response = await SaveAsync(browser, planId, "charter", "vision", 0, new string('x', WorkbookAnswer.TextMaxLength + 1));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadAsStringAsync();
        problem.ShouldContain("vision");
        problem.ShouldContain("4,000 characters or fewer");
        await using var db = App.NewDbContext();
        (await db.WorkbookAnswers.SingleAsync()).Text.ShouldBe("A short vision");
    }

    [Fact]
    public async Task UnknownToolsAndQuestions_AreRefused()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;

        (await browser.Client.GetAsync($"/api/plans/{planId}/answers/no-such-tool")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SaveAsync(browser, planId, "charter", "no-such-question", 0, "x")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SaveAsync(browser, planId, "no-such-tool", "values", 0, "x")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PartnerOnThePlan_ReadsButCannotAnswer()
    {
        var (browser, planId) = await SignedInWithAPlanAsync(OrganizationRole.Partner);
        using var _ = browser;

        (await browser.Client.GetAsync($"/api/plans/{planId}/answers/foundations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SaveAsync(browser, planId, "foundations", "goals", 0, "x")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnotherOrganizationsPlan_IsNotFound()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var __ = browser;
        var south = await Data.OrganizationAsync("south");
        var theirs = await Data.PlanAsync(south, "South plan");

        (await browser.Client.GetAsync($"/api/plans/{theirs.Id}/answers/foundations")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SaveAsync(browser, theirs.Id, "foundations", "goals", 0, "x")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = App.NewDbContext();
        (await db.WorkbookAnswers.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AnArchivedPlan_IsReadOnly()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        (await browser.Client.PostAsync($"/api/plans/{planId}/archive", null)).EnsureSuccessStatusCode();

        (await SaveAsync(browser, planId, "foundations", "goals", 0, "x")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
