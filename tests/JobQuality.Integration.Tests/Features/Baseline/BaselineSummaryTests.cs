using System.Net;
using System.Text.Json;
using JobQuality.Core.Organizations;
using JobQuality.Data.Baseline;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Baseline;

/// <summary>
/// <c>GET /api/orgs/{slug}/baseline</c> after placements are uploaded and scored in the background: the same numbers
/// as <c>jobquality score --summary-only</c> on the same files, with the same suppression.
/// </summary>
public sealed class BaselineSummaryTests(AppFactory app) : AppTest(app)
{
    private static readonly string Standards = ScoringFiles.Standards();
    private static readonly string LivingWages = ScoringFiles.LivingWages();
    private static readonly string Placements = ScoringFiles.Placements();

    /// <summary>A director of "north" who has imported the living wage table, published standards and uploaded the placements, now scored.</summary>
    private async Task<(Browser Browser, ScoringApi Api)> ScoredBoardAsync()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Director);
        var api = new ScoringApi(browser.Client);
        await api.ImportLivingWagesAsync(LivingWages, 2025);
        await api.PublishAsync(Standards);
        var import = await api.ImportAndWaitAsync(Placements);
        import.Status.ShouldBe("Stored");
        import.Scoring!.Total.ShouldBe(ScoringFiles.Rows);
        return (browser, api);
    }

    private static List<JsonElement> Groups(string json, string column) =>
        JsonDocument.Parse(json).RootElement.GetProperty("summary").GetProperty("by").GetProperty(column).EnumerateArray().ToList();

    private static JsonElement Group(string json, string column, string name) => Groups(json, column).Single(g => g.GetProperty("group").GetString() == name);

    private static void ShouldBeWithheld(JsonElement group)
    {
        group.GetProperty("suppressed").GetBoolean().ShouldBeTrue(group.ToString());
        group.GetProperty("n").ValueKind.ShouldBe(JsonValueKind.Null);
        group.GetProperty("quality").ValueKind.ShouldBe(JsonValueKind.Null);
        group.GetProperty("quality_pct").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task UploadedPlacements_AreScored_AndTheBaselineEqualsTheEngineSummary_ForEveryBreakdown()
    {
        var (browser, api) = await ScoredBoardAsync();
        using var _ = browser;

        var baseline = await api.BaselineJsonAsync(ScoringFiles.AllBreakdowns);

        baseline.ShouldBe(ScoringFiles.Summary(Standards, LivingWages, Placements, ScoringFiles.AllBreakdowns));
        // The cases the comparison covers: a group spelled three ways is named as first seen, even in lower case…
        var programs = Groups(baseline, "program").Select(g => g.GetProperty("group").GetString()).ToList();
        programs.ShouldContain("WIOA Adult");
        programs.ShouldNotContain("wioa adult");
        programs.ShouldNotContain("WIOA ADULT");
        var races = Groups(baseline, "race_ethnicity").Select(g => g.GetProperty("group").GetString()).ToList();
        races.ShouldContain(ScoringFiles.FirstRaceSpelling);
        races.ShouldNotContain("Black or African American");
        Group(baseline, "race_ethnicity", ScoringFiles.AccentedRace).GetProperty("n").GetInt32().ShouldBe(12);
        // …a small group is withheld, and so is the smallest other one (here the blank programs), so neither can be worked out.
        ShouldBeWithheld(Group(baseline, "program", ScoringFiles.SmallProgram));
        ShouldBeWithheld(Group(baseline, "program", "Not reported"));
        Groups(baseline, "program").Count(g => g.GetProperty("suppressed").GetBoolean()).ShouldBe(2);
        Group(baseline, "sex", "Not reported").GetProperty("n").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task MinCellAboveAGroupsSize_WithholdsTheGroup()
    {
        var (browser, api) = await ScoredBoardAsync();
        using var _ = browser;
        var shown = Groups(await api.BaselineJsonAsync(["program"]), "program").Where(g => !g.GetProperty("suppressed").GetBoolean()).ToList();
        var smallest = shown.MinBy(g => g.GetProperty("n").GetInt32());
        var minCell = smallest.GetProperty("n").GetInt32() + 1;

        var baseline = await api.BaselineJsonAsync(["program"], $"&min_cell={minCell}");

        ShouldBeWithheld(Group(baseline, "program", smallest.GetProperty("group").GetString()!));
        baseline.ShouldBe(ScoringFiles.Summary(Standards, LivingWages, Placements, ["program"], minCell));
    }

    [Fact]
    public async Task MinCellBelowTheBoardsMinimum_IsRaisedToTheMinimum()
    {
        var (browser, api) = await ScoredBoardAsync();
        using var _ = browser;
        await using (var db = App.NewDbContext())
        {
            await db.Organizations.Where(o => o.Slug == "north").ExecuteUpdateAsync(set => set.SetProperty(o => o.MinCellSize, 20));
        }

        var baseline = await api.BaselineJsonAsync(["race_ethnicity"], "&min_cell=5");

        // Asked for 5, shown with 20: the 15 placements of one race are withheld although 15 >= 5 (and 15 >= 10, the default).
        baseline.ShouldBe(ScoringFiles.Summary(Standards, LivingWages, Placements, ["race_ethnicity"], minCell: 20));
        ShouldBeWithheld(Group(baseline, "race_ethnicity", ScoringFiles.SmallRace));
        ScoringFiles.Summary(Standards, LivingWages, Placements, ["race_ethnicity"], minCell: 5).ShouldContain($"\"{ScoringFiles.SmallRace}\",\"n\":{ScoringFiles.SmallRaceSize}");
        (await api.BaselineJsonAsync(["race_ethnicity"])).ShouldBe(baseline);
    }

    [Fact]
    public async Task Filters_GiveTheSummaryOfTheMatchingPlacements_AndAreRefusedWhenTooFewMatch()
    {
        var (browser, api) = await ScoredBoardAsync();
        using var _ = browser;
        var (from, to) = (new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 31));

        var filtered = await api.BaselineJsonAsync(["program", "race_ethnicity", "age"], "&program=wioa%20adult&from=2026-03-01&to=2026-08-31");
        var tooFew = await api.BaselineAsync($"?by=program&program={ScoringFiles.SmallProgram}");
        var noSuchCounty = await api.BaselineAsync("?county=00000");

        // The program filter takes every spelling of the program, as the groups do.
        filtered.ShouldBe(ScoringFiles.Summary(Standards, LivingWages, Placements, ["program", "race_ethnicity", "age"], where: p =>
            string.Equals(p.Program, "wioa adult", StringComparison.OrdinalIgnoreCase) && p.PlacementDate >= from && p.PlacementDate <= to));
        Groups(filtered, "program").Single().GetProperty("group").GetString().ShouldBe("WIOA Adult");
        foreach (var response in new[] { tooFew, noSuchCounty })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            problem.RootElement.GetProperty("detail").GetString().ShouldBe(BaselineFigures.WithheldMessage(10));
        }
    }

    [Fact]
    public async Task UnknownBreakdown_IsABadRequest_AndNothingScoredIsAConflict()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var api = new ScoringApi(browser.Client);

        var notScored = await api.BaselineAsync();
        var unknown = await api.BaselineAsync("?by=zodiac");

        notScored.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await notScored.Content.ReadAsStringAsync()).ShouldContain("have not been scored yet");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("zodiac");
    }
}
