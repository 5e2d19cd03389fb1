using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.Canvas;
using JobQuality.Core.History;
using JobQuality.Core.Organizations;
using JobQuality.Core.Team;
using JobQuality.Data;
using JobQuality.Integration.Tests.Infrastructure;
using JobQuality.Web.Features.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Integration.Tests.Features.History;

public sealed class ChangeHistoryTests(AppFactory app) : AppTest(app)
{
    private async Task<(Browser Browser, Guid PlanId)> SignedInAsync()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "North plan");
        var browser = NewBrowser();
        await browser.SignInOrFailAsync("kim@north.test");
        return (browser, plan.Id);
    }


    private static async Task<uint> AnswerAsync(Browser browser, Guid planId, uint version, string text)
    {
        var response = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/answers/charter/values", new { version, text });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<Answer>())!.Version;
    }

    [Fact]
    public async Task Changes_SayWhoChangedWhichRecordAndHow_NewestFirst_FilteredByTool()
    {
        var (browser, planId) = await SignedInAsync();
        using var _ = browser;
        var version = await AnswerAsync(browser, planId, 0, "Worker voice first");
        await AnswerAsync(browser, planId, version, "Worker voice, always");
        var maria = new TeamMember { PlanId = planId, Name = "Maria Lopez", Organization = "County college", Persona = Persona.Convener };
        var item = new CanvasItem { PlanId = planId, Square = CanvasSquare.KeyStrategies, Text = "Fair scheduling pledge" };
        await WriteAsync(db =>
        {
            db.TeamMembers.Add(maria);
            db.CanvasItems.Add(new CanvasItem { PlanId = planId, Square = CanvasSquare.KeyPartners, Text = "Union hall" });
            db.CanvasItems.Add(item);
            return Task.CompletedTask;
        });
        await WriteAsync(async db => (await db.CanvasItems.SingleAsync(i => i.Id == item.Id)).Text = "Fair scheduling pledge for 20 employers");

        var all = await browser.Client.GetFromJsonAsync<Page>($"/api/plans/{planId}/changes", SnapshotTests.Json);
        var charter = await browser.Client.GetFromJsonAsync<Page>($"/api/plans/{planId}/changes?tool=charter", SnapshotTests.Json);
        var overview = await browser.Client.GetFromJsonAsync<List<Recent>>($"/api/plans/{planId}/history");

        all!.Total.ShouldBe(6);
        all.Changes[0].Description.ShouldBe("changed an item in Key Strategies");
        all.Changes[0].Fields.ShouldBe([new FieldChange("Text", "Fair scheduling pledge", "Fair scheduling pledge for 20 employers")]);
        charter!.Changes.Select(c => (c.ChangedBy, c.ToolTitle, c.Record, c.Description)).ShouldBe([
            ("kim", "Project charter", "Values", "changed the answer to “Values” in the project charter"),
            ("kim", "Project charter", "Values", "answered “Values” in the project charter"),
        ]);
        charter.Changes[0].Fields.ShouldBe([new FieldChange("Values", "Worker voice first", "Worker voice, always")]);
        overview!.Select(o => o.Description).ShouldBe([
            "changed an item in Key Strategies",
            "added Maria Lopez to the team",
            "added an item to Key Partners",
            "added an item to Key Strategies",
            "changed the answer to “Values” in the project charter",
            "answered “Values” in the project charter",
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task RestoreAChange_PutsTheRecordBackAsItWasRightAfterIt_AsANewChange()
    {
        var (browser, planId) = await SignedInAsync();
        using var _ = browser;
        var version = await AnswerAsync(browser, planId, 0, "First wording");
        version = await AnswerAsync(browser, planId, version, "Second wording");
        await AnswerAsync(browser, planId, version, "Third wording");
        var changes = (await browser.Client.GetFromJsonAsync<Page>($"/api/plans/{planId}/changes", SnapshotTests.Json))!.Changes;
        var second = changes[1];

        var response = await browser.Client.PostAsync($"/api/plans/{planId}/changes/{second.Id}/restore", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await using var db = App.NewDbContext();
        (await db.WorkbookAnswers.SingleAsync()).Text.ShouldBe("Second wording");
        var history = await db.ChangeRecords.OrderBy(c => c.Id).ToListAsync();
        history.Count.ShouldBe(4);
        history[^1].Kind.ShouldBe(ChangeKind.Modified);
        ChangeWords.Values(history[^1], "before")["Text"]!.GetValue<string>().ShouldBe("Third wording");
    }

    [Fact]
    public async Task RestoreADeletion_AddsTheRecordBackWithItsLastValues()
    {
        var (browser, planId) = await SignedInAsync();
        using var _ = browser;
        var maria = new TeamMember { PlanId = planId, Name = "Maria Lopez", Organization = "County college", Persona = Persona.Convener, Role = "Chair" };
        await WriteAsync(db =>
        {
            db.TeamMembers.Add(maria);
            return Task.CompletedTask;
        });
        await WriteAsync(async db => (await db.TeamMembers.SingleAsync()).Role = "Chair and host");
        await WriteAsync(async db => db.TeamMembers.Remove(await db.TeamMembers.SingleAsync()));
        var changes = (await browser.Client.GetFromJsonAsync<Page>($"/api/plans/{planId}/changes?tool=team", SnapshotTests.Json))!.Changes;
        changes.Select(c => c.Description).ShouldBe([
            "removed Maria Lopez from the team", "updated Maria Lopez's details on the team", "added Maria Lopez to the team"]);
        changes.ShouldAllBe(c => c.Record == "Maria Lopez");

        var response = await browser.Client.PostAsync($"/api/plans/{planId}/changes/{changes[0].Id}/restore", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await using var db = App.NewDbContext();
        var back = await db.TeamMembers.SingleAsync();
        (back.Id, back.Name, back.Role, back.Persona).ShouldBe((maria.Id, "Maria Lopez", "Chair and host", Persona.Convener));
        var last = await db.ChangeRecords.OrderBy(c => c.Id).LastAsync();
        (last.Kind, last.EntityId).ShouldBe((ChangeKind.Added, maria.Id.ToString()));
        (await db.ChangeRecords.CountAsync()).ShouldBe(4);
    }

    private sealed record Answer(uint Version);

    private sealed record Recent(string Description);

    private sealed record Change(long Id, string ChangedBy, ChangeKind Kind, string ToolKey, string ToolTitle, string Record, string Description, List<FieldChange> Fields);

    private sealed record Page(List<Change> Changes, int Total, bool HasMore);
}
