using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.Organizations;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Baseline;

public sealed class GoalTests(AppFactory app) : AppTest(app)
{
    private const string Goals = "/api/orgs/north/goals";

    private sealed record Progress(decimal? CurrentPct, string Words, bool Overdue, bool Reached);

    private sealed record Goal(
        Guid Id, string Statement, string Measure, string? Principle, string? GroupColumn, string? GroupValue,
        decimal TargetPct, DateOnly TargetDate, decimal? StartingPct, uint Version, string Indicator, Progress Progress);

    private sealed record Settings(int MinCellSize, uint Version);

    private BaselineData Baseline { get; } = new(app);

    private static DateOnly NextYear => DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1);

    private static object NewGoal(string statement = "75% of placements meet our standards", decimal target = 75m, DateOnly? due = null,
        string measure = "QualityPct", string? principle = null, string? column = null, string? group = null, uint version = 0) =>
        new { statement, measure, principle, groupColumn = column, groupValue = group, targetPct = target, targetDate = due ?? NextYear, version };

    private async Task<(Organization Board, Browser Staff)> ScoredBoardAsync(params (int Line, string Column, string Value)[] changes)
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        var lines = BaselineData.PlacementLines(200);
        foreach (var (line, column, value) in changes) BaselineData.WithCell(lines, line, column, value);
        await Baseline.ScoredAsync(board, lines);
        var browser = NewBrowser();
        await browser.SignInOrFailAsync("staff@north.test");
        return (board, browser);
    }

    [Fact]
    public async Task Goals_AreAddedWithTheirStartingValue_Listed_Edited_AndDeleted()
    {
        var (_, staff) = await ScoredBoardAsync();
        using var _b = staff;
        var quality = await QualityPctAsync(staff);

        var created = await staff.Client.PostAsJsonAsync(Goals, NewGoal(column: "program", group: "wioa adult"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var goal = (await created.Content.ReadFromJsonAsync<Goal>())!;
        goal.GroupValue.ShouldBe("WIOA Adult", "the group takes the baseline's spelling");
        goal.StartingPct.ShouldNotBeNull();
        goal.Progress.CurrentPct.ShouldBe(goal.StartingPct);
        goal.Progress.Words.ShouldEndWith($"due {NextYear.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}.");
        var overall = (await (await staff.Client.PostAsJsonAsync(Goals, NewGoal(target: 100m))).Content.ReadFromJsonAsync<Goal>())!;
        overall.StartingPct.ShouldBe(quality);

        var edited = await staff.Client.PutAsJsonAsync($"{Goals}/{goal.Id}", NewGoal("Reworded", 80m, column: "program", group: "WIOA Adult", version: goal.Version));
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        var saved = (await edited.Content.ReadFromJsonAsync<Goal>())!;
        (saved.Statement, saved.TargetPct, saved.StartingPct).ShouldBe(("Reworded", 80m, goal.StartingPct));

        var list = (await staff.Client.GetFromJsonAsync<List<Goal>>(Goals))!;
        list.Select(g => g.Statement).ShouldBe(["Reworded", "75% of placements meet our standards"], ignoreOrder: true);

        (await staff.Client.DeleteAsync($"{Goals}/{goal.Id}?version={saved.Version}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = App.NewDbContext();
        (await db.BaselineGoals.Select(g => g.Statement).ToListAsync()).ShouldBe(["75% of placements meet our standards"]);
        (await db.BaselineGoals.SingleAsync()).CreatedBy.ShouldNotBeNull();
    }

    [Fact]
    public async Task AStaleEditOrDelete_IsAConflict_AndKeepsTheOtherPersonsVersion()
    {
        var (_, staff) = await ScoredBoardAsync();
        using var _b = staff;
        var goal = (await (await staff.Client.PostAsJsonAsync(Goals, NewGoal())).Content.ReadFromJsonAsync<Goal>())!;
        (await staff.Client.PutAsJsonAsync($"{Goals}/{goal.Id}", NewGoal("Theirs", version: goal.Version))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stale = await staff.Client.PutAsJsonAsync($"{Goals}/{goal.Id}", NewGoal("Mine", version: goal.Version));
        var staleDelete = await staff.Client.DeleteAsync($"{Goals}/{goal.Id}?version={goal.Version}");

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<Goal>())!.Statement.ShouldBe("Theirs");
        staleDelete.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await using var db = App.NewDbContext();
        (await db.BaselineGoals.SingleAsync()).Statement.ShouldBe("Theirs");
    }

    [Fact]
    public async Task APartner_ReadsGoals_ButCannotSetChangeOrDeleteThem()
    {
        var (board, staff) = await ScoredBoardAsync();
        using var _b = staff;
        var goal = (await (await staff.Client.PostAsJsonAsync(Goals, NewGoal())).Content.ReadFromJsonAsync<Goal>())!;
        await Data.UserAsync("partner@north.test", board, OrganizationRole.Partner);
        using var partner = NewBrowser();
        await partner.SignInOrFailAsync("partner@north.test");

        (await partner.Client.GetFromJsonAsync<List<Goal>>(Goals))!.Single().Id.ShouldBe(goal.Id);
        (await partner.Client.PostAsJsonAsync(Goals, NewGoal())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await partner.Client.PutAsJsonAsync($"{Goals}/{goal.Id}", NewGoal("Partner's", version: goal.Version))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await partner.Client.DeleteAsync($"{Goals}/{goal.Id}?version={goal.Version}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var db = App.NewDbContext();
        (await db.BaselineGoals.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task AnotherBoardsGoal_IsNotFound()
    {
        var (_, staff) = await ScoredBoardAsync();
        using var _b = staff;
        var south = await Data.OrganizationAsync("south");
        await Data.UserAsync("staff@south.test", south, OrganizationRole.Staff);
        using var southStaff = NewBrowser();
        await southStaff.SignInOrFailAsync("staff@south.test");
        var theirs = (await (await southStaff.Client.PostAsJsonAsync("/api/orgs/south/goals", NewGoal())).Content.ReadFromJsonAsync<Goal>())!;

        (await staff.Client.PutAsJsonAsync($"{Goals}/{theirs.Id}", NewGoal("Taken over", version: theirs.Version))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.Client.DeleteAsync($"{Goals}/{theirs.Id}?version={theirs.Version}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.Client.GetAsync("/api/orgs/south/goals")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.Client.PostAsJsonAsync("/api/orgs/south/goals", NewGoal())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AGoalBreakingTheRules_IsRefusedWithAMessagePerField()
    {
        var (_, staff) = await ScoredBoardAsync();
        using var _b = staff;

        var problems = new Dictionary<string, object>
        {
            ["TargetPct"] = NewGoal(target: 120m),
            ["TargetDate"] = NewGoal(due: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1)),
            ["Statement"] = NewGoal(statement: " "),
            ["GroupValue"] = NewGoal(column: "program"),
            ["Principle"] = NewGoal(measure: "PrincipleMetPct"),
            ["GroupColumn"] = NewGoal(column: "employer_name", group: "Acme"),
        };
        foreach (var (field, body) in problems)
        {
            var response = await staff.Client.PostAsJsonAsync(Goals, body);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, field);
            var problem = (await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>())!;
            problem.Errors.Keys.ShouldBe([field]);
        }
        (await staff.Client.PostAsJsonAsync(Goals, NewGoal(statement: new string('x', 501)))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = App.NewDbContext();
        (await db.BaselineGoals.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AGoalForAWithheldGroup_HasNoStartingValue_AndSaysWhy()
    {
        var (_, staff) = await ScoredBoardAsync((1, "program", "Apprenticeship"), (2, "program", "Apprenticeship"));
        using var _b = staff;

        var response = await staff.Client.PostAsJsonAsync(Goals, NewGoal(measure: "PrincipleMetPct", principle: "Benefits", column: "program", group: "Apprenticeship"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var goal = (await response.Content.ReadFromJsonAsync<Goal>())!;
        goal.StartingPct.ShouldBeNull();
        goal.Progress.CurrentPct.ShouldBeNull();
        goal.Progress.Words.ShouldStartWith("Withheld: too few placements");
        goal.Indicator.ShouldBe("Share of placements meeting Benefits, Apprenticeship");
    }

    [Fact]
    public async Task TheMinimumCellSize_IsSetByDirectors_NeverBelowFive_AndFromTheCurrentVersion()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("director@north.test", board, OrganizationRole.Director);
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        using var director = NewBrowser();
        await director.SignInOrFailAsync("director@north.test");
        using var staff = NewBrowser();
        await staff.SignInOrFailAsync("staff@north.test");
        uint version;
        await using (var db = App.NewDbContext()) version = (await db.Organizations.SingleAsync()).Version;

        var tooSmall = await director.Client.PutAsJsonAsync("/api/orgs/north/min-cell-size", new { minCellSize = 4, version });
        var byStaff = await staff.Client.PutAsJsonAsync("/api/orgs/north/min-cell-size", new { minCellSize = 20, version });
        var saved = await director.Client.PutAsJsonAsync("/api/orgs/north/min-cell-size", new { minCellSize = 20, version });
        var stale = await director.Client.PutAsJsonAsync("/api/orgs/north/min-cell-size", new { minCellSize = 30, version });

        tooSmall.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooSmall.Content.ReadAsStringAsync()).ShouldContain("between 5 and 1000");
        byStaff.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<Settings>())!.MinCellSize.ShouldBe(20);
        await using var check = App.NewDbContext();
        (await check.Organizations.SingleAsync()).MinCellSize.ShouldBe(20);
    }

    private static async Task<decimal> QualityPctAsync(Browser browser)
    {
        var csv = await browser.Client.GetStringAsync("/api/orgs/north/baseline.csv");
        var totals = csv.Split("\r\n").Single(l => l.StartsWith("totals,", StringComparison.Ordinal)).Split(',');
        return decimal.Parse(totals[7], System.Globalization.CultureInfo.InvariantCulture);
    }
}
