using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using JobQuality.Core.Organizations;
using JobQuality.Integration.Tests.Infrastructure;
using JobQuality.Web.Features.Baseline;
using JobQuality.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Integration.Tests.Features.Baseline;

public sealed partial class BaselineDashboardTests(AppFactory app) : AppTest(app)
{
    private BaselineData Baseline { get; } = new(app);

    private async Task<(Organization Board, string StaffId)> BoardAsync()
    {
        var board = await Data.OrganizationAsync("north");
        var staff = await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        return (board, staff.Id);
    }

    private async Task<GetBaseline.Result> DashboardAsync(string userId, GetBaseline.Query query)
    {
        using var scope = App.Services.CreateScope();
        var outcome = await Baseline.Handler<GetBaseline.Handler>(scope, userId).HandleAsync(query);
        outcome.IsOk.ShouldBeTrue(string.Join("; ", outcome.FieldErrors.Select(e => e.Message)));
        return outcome.Value!;
    }

    private static BreakdownView Breakdown(GetBaseline.Result result, string column) => result.View!.Breakdowns.Single(b => b.Column == column);

    [Fact]
    public async Task Dashboard_SmallGroups_AreWithheldWithoutAnyNumber()
    {
        var (board, staffId) = await BoardAsync();
        var lines = BaselineData.PlacementLines(300);
        for (var line = 1; line <= 3; line++) BaselineData.WithCell(lines, line, "race_ethnicity", "Pacific Islander");
        await Baseline.ScoredAsync(board, lines);

        var result = await DashboardAsync(staffId, new GetBaseline.Query("north"));

        result.View!.Withheld.ShouldBeFalse();
        result.View.Totals!.Total.ShouldBe(300);
        var race = Breakdown(result, "race_ethnicity");
        var small = race.Groups.Single(g => g.Group == "Pacific Islander");
        small.ShouldBe(new GroupRow("Pacific Islander", null, null, null, true, null, []), "a withheld group carries its name only");
        // The next smallest group is withheld too, so the small one cannot be worked out from the total.
        race.Groups.Count(g => g.Suppressed).ShouldBe(2);
        race.Groups.Where(g => !g.Suppressed).ShouldAllBe(g => g.N >= 10 && g.QualityPct != null && g.GapPts != null);
        var shown = race.Groups.First(g => !g.Suppressed);
        shown.GapPts.ShouldBe(shown.QualityPct!.Value - result.View.Totals.QualityPct);
        result.View.Breakdowns.SelectMany(b => b.Groups).Where(g => !g.Suppressed).ShouldContain(g => g.FailsMost.Count > 0);
        result.View.Breakdowns.Select(b => b.Column).ShouldBe(BaselineWords.Columns);
    }

    [Fact]
    public async Task Filters_ChangeTheCounts()
    {
        var (board, staffId) = await BoardAsync();
        var lines = BaselineData.PlacementLines(400);
        await Baseline.ScoredAsync(board, lines);
        var placements = BaselineData.Read(lines);
        var (from, to) = (new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 31));

        var all = await DashboardAsync(staffId, new GetBaseline.Query("north"));
        var tanf = await DashboardAsync(staffId, new GetBaseline.Query("north", Program: "tanf"));
        var spring = await DashboardAsync(staffId, new GetBaseline.Query("north", from, to));
        var county = await DashboardAsync(staffId, new GetBaseline.Query("north", County: "18097"));

        all.View!.Totals!.Total.ShouldBe(400);
        tanf.View!.Totals!.Total.ShouldBe(placements.Count(p => p.Program == "TANF"));
        Breakdown(tanf, "program").Groups.Select(g => (g.Group, g.N)).ShouldBe([("TANF", tanf.View.Totals.Total)]);
        spring.View!.Totals!.Total.ShouldBe(placements.Count(p => p.PlacementDate >= from && p.PlacementDate <= to));
        county.View!.Totals!.Total.ShouldBe(placements.Count(p => p.CountyFips == "18097"));
        tanf.Programs.ShouldContain("TANF");
        tanf.Programs.Count.ShouldBe(4, "the programs offered as filters come from the whole baseline");
    }

    [Fact]
    public async Task AFilterLeavingFewerPlacementsThanTheMinimumCellSize_WithholdsEveryFigure()
    {
        var (board, staffId) = await BoardAsync();
        var lines = BaselineData.PlacementLines(60);
        await Baseline.ScoredAsync(board, lines);
        var day = BaselineData.Read(lines).GroupBy(p => p.PlacementDate).OrderBy(g => g.Count()).First().Key;

        var result = await DashboardAsync(staffId, new GetBaseline.Query("north", day, day));

        result.View!.Withheld.ShouldBeTrue();
        result.View.Totals.ShouldBeNull();
        result.View.Principles.ShouldBeEmpty();
        result.View.Breakdowns.ShouldBeEmpty();
        result.WithheldReason!.ShouldContain("Fewer than 10 placements match these filters");
    }

    [Fact]
    public async Task FilteringByAProgramWithheldBesideASmallOne_WithholdsEveryFigure()
    {
        var (board, staffId) = await BoardAsync();
        var lines = BaselineData.PlacementLines(300);
        for (var line = 1; line <= 3; line++) BaselineData.WithCell(lines, line, "program", "Apprenticeship");
        await Baseline.ScoredAsync(board, lines);
        var programs = Breakdown(await DashboardAsync(staffId, new GetBaseline.Query("north")), "program");
        // The smallest of the four large programs is withheld with Apprenticeship; on its own it would show its size.
        var pairedProgram = programs.Groups.Single(g => g.Suppressed && g.Group != "Apprenticeship").Group;

        var paired = await DashboardAsync(staffId, new GetBaseline.Query("north", Program: pairedProgram));

        paired.View!.Withheld.ShouldBeTrue();
        paired.WithheldReason!.ShouldContain("program is withheld");
        paired.Programs.ShouldNotContain(pairedProgram);
        paired.Programs.ShouldNotContain("Apprenticeship");
    }

    [Fact]
    public async Task FromAPlan_TheBaselineIsThePlansBoards_AndOnlyPlansTheCallerMayOpenAreOffered()
    {
        var (board, staffId) = await BoardAsync();
        var south = await Data.OrganizationAsync("south");
        var partner = await Data.UserAsync("partner@north.test", board, OrganizationRole.Partner);
        var shared = await Data.PlanAsync(board, "Shared plan", partner);
        var staffOnly = await Data.PlanAsync(board, "Staff-only plan");
        var southPlan = await Data.PlanAsync(south, "South plan");
        await Baseline.ScoredAsync(board, BaselineData.PlacementLines(50));

        var fromPlan = await DashboardAsync(partner.Id, new GetBaseline.Query("", PlanId: shared.Id));
        fromPlan.Organization.Slug.ShouldBe("north");
        fromPlan.Plan.ShouldBe(new(shared.Id, "Shared plan"));
        fromPlan.View!.Totals!.Total.ShouldBe(50);
        (await DashboardAsync(partner.Id, new GetBaseline.Query("north"))).Plans.Select(p => p.Name).ShouldBe(["Shared plan"]);
        (await DashboardAsync(staffId, new GetBaseline.Query("north"))).Plans.Select(p => p.Name).ShouldBe(["Shared plan", "Staff-only plan"]);
        using (var scope = App.Services.CreateScope())
        {
            var handler = Baseline.Handler<GetBaseline.Handler>(scope, partner.Id);
            (await handler.HandleAsync(new GetBaseline.Query("", PlanId: staffOnly.Id))).Status.ShouldBe(OutcomeStatus.NotFound);
            (await handler.HandleAsync(new GetBaseline.Query("north", PlanId: southPlan.Id))).Status.ShouldBe(OutcomeStatus.NotFound);
        }

        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("partner@north.test");
        var page = await browser.Client.GetStringAsync($"/plans/{shared.Id}/baseline");
        page.ShouldContain("You are looking at these figures from the plan");
        (await browser.Client.GetAsync($"/plans/{staffOnly.Id}/baseline")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.GetAsync($"/plans/{southPlan.Id}/baseline")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APartner_ReadsTheBaseline_ButNeitherTheCsvNorTheViewHoldsAPlacementOrParticipantId()
    {
        var (board, _) = await BoardAsync();
        var partner = await Data.UserAsync("partner@north.test", board, OrganizationRole.Partner);
        var lines = BaselineData.PlacementLines(200);
        await Baseline.ScoredAsync(board, lines);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("partner@north.test");

        var csv = await browser.Client.GetAsync("/api/orgs/north/baseline.csv");
        var summary = await browser.Client.GetAsync("/api/orgs/north/baseline?by=program&by=race_ethnicity");
        var view = await DashboardAsync(partner.Id, new GetBaseline.Query("north"));

        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var text = await csv.Content.ReadAsStringAsync();
        text.ShouldContain("totals,all placements,,200,");
        summary.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = JsonSerializer.Serialize(view) + await summary.Content.ReadAsStringAsync();
        view.View!.Totals!.Total.ShouldBe(200);
        var placements = BaselineData.Read(lines);
        foreach (var output in new[] { text, json })
        {
            PlacementId().IsMatch(output).ShouldBeFalse();
            ParticipantId().IsMatch(output).ShouldBeFalse();
            placements.Take(20).ShouldAllBe(p => !output.Contains(p.ParticipantId!) && !output.Contains(p.PlacementId));
        }
        view.CanEditGoals.ShouldBeFalse();
        view.CanManageData.ShouldBeFalse();
    }

    [Fact]
    public async Task Csv_NeutralizesFormulasInTheBoardsOwnText()
    {
        var (board, _) = await BoardAsync();
        var lines = BaselineData.PlacementLines(200);
        const string Hyperlink = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        for (var line = 1; line <= 60; line++)
        {
            BaselineData.WithCell(lines, line, "program", line <= 20 ? Hyperlink : line <= 40 ? "+1+2" : "@SUM(A1)");
        }
        await Baseline.ScoredAsync(board, lines);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("staff@north.test");

        var text = await browser.Client.GetStringAsync("/api/orgs/north/baseline.csv");

        text.ShouldContain("breakdown,program,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",20,");
        text.ShouldContain("breakdown,program,'+1+2,20,");
        text.ShouldContain("breakdown,program,'@SUM(A1),20,");
        text.Split("\r\n").Where(l => l.Length > 0).ShouldAllBe(l => l[0] != '=' && l[0] != '+' && l[0] != '@' && l[0] != '-');
        // Gaps are numbers the app writes: a negative one stays a number, not text.
        Regex.IsMatch(text, ",-[0-9]+\\.[0-9],").ShouldBeTrue();
    }

    [Fact]
    public async Task Csv_WithTheSameFilters_ShowsTheFilteredTotals_AndAWithheldViewAsWithheld()
    {
        await BoardAsync();
        var board = (await Data.OrganizationAsync("south"));
        await Data.UserAsync("staff@south.test", board, OrganizationRole.Staff);
        var lines = BaselineData.PlacementLines(150);
        await Baseline.ScoredAsync(board, lines);
        var placements = BaselineData.Read(lines);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("staff@south.test");

        var tanf = await browser.Client.GetStringAsync("/api/orgs/south/baseline.csv?program=TANF");
        var oneDay = await browser.Client.GetStringAsync("/api/orgs/south/baseline.csv?from=2026-01-01&to=2026-01-01");
        var notADate = await browser.Client.GetAsync("/api/orgs/south/baseline.csv?from=January");
        var otherBoard = await browser.Client.GetAsync("/api/orgs/north/baseline.csv");

        tanf.ShouldContain($"totals,all placements,,{placements.Count(p => p.Program == "TANF")},");
        tanf.ShouldContain("about,filters,,,,,,,,,,,,no,program TANF");
        oneDay.ShouldContain("totals,all placements,,,,,,,,,,,,yes,");
        oneDay.ShouldNotContain("principle,");
        notADate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        otherBoard.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BeforeAnyScoring_TheDashboardSaysWhatIsMissing()
    {
        var (board, staffId) = await BoardAsync();

        var empty = await DashboardAsync(staffId, new GetBaseline.Query("north"));
        await Baseline.PublishStandardsAsync(board, Core.Scoring.Standards.SampleStandards.Json);
        await Baseline.ImportAsync(board, BaselineData.PlacementLines(20));
        var unscored = await DashboardAsync(staffId, new GetBaseline.Query("north"));

        (empty.HasPublishedStandards, empty.HasPlacements, empty.IsScored, empty.LatestRun).ShouldBe((false, false, false, null));
        (unscored.HasPublishedStandards, unscored.HasPlacements, unscored.IsScored).ShouldBe((true, true, false));
    }

    [GeneratedRegex("S11-[0-9]{7}")]
    private static partial Regex PlacementId();

    [GeneratedRegex("X[0-9]{6}")]
    private static partial Regex ParticipantId();
}
