using System.Text.Json;
using JobQuality.Core.Baseline;
using JobQuality.Core.Organizations;
using JobQuality.Data.Baseline;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Baseline;

/// <summary>
/// Stored placements are scored again when what they are measured against changes: new standards published, or a new
/// living wage table when the standards use the newest one. Every result records the run, so the standards version and
/// table behind a figure are known.
/// </summary>
public sealed class RescoringTests(AppFactory app) : AppTest(app)
{
    private static readonly string Placements = ScoringFiles.Placements();
    private static readonly string[] By = ["program", "race_ethnicity", "county_fips"];

    private static int Quality(string baseline) => JsonDocument.Parse(baseline).RootElement.GetProperty("summary").GetProperty("quality").GetInt32();

    /// <summary>
    /// Time passes between a board's steps: runs and tables are told apart by when they happened (not so far that the
    /// session times out).
    /// </summary>
    private void AMinuteLater() => App.Clock.Advance(TimeSpan.FromMinutes(1));

    /// <summary>The one run every stored result points to; fails unless every placement has a result from it.</summary>
    private async Task<ScoringRun> RunOfEveryResultAsync()
    {
        await using var db = App.NewDbContext();
        var runIds = await db.PlacementResults.Select(r => r.ScoringRunId).Distinct().ToListAsync();
        runIds.Count.ShouldBe(1, "Every stored result should come from the latest run.");
        (await db.PlacementResults.CountAsync()).ShouldBe(await db.Placements.CountAsync());
        return await db.ScoringRuns.AsNoTracking().SingleAsync(r => r.Id == runIds[0]);
    }

    private async Task<Guid> StandardsVersionIdAsync(int number)
    {
        await using var db = App.NewDbContext();
        return await db.StandardsVersions.Where(s => s.Number == number).Select(s => s.Id).SingleAsync();
    }

    [Fact]
    public async Task PublishingStricterStandards_RescoresWithTheNewVersion_AndReimportingTheSameFileChangesNothing()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Director);
        using var _ = browser;
        var api = new ScoringApi(browser.Client);
        var (lenient, strict, wages) = (ScoringFiles.Standards(pct: 100), ScoringFiles.Standards(pct: 125), ScoringFiles.LivingWages());
        await api.ImportLivingWagesAsync(wages, 2025);
        await api.PublishAsync(lenient);
        await api.ImportAndWaitAsync(Placements);
        var before = await api.BaselineJsonAsync(By);
        before.ShouldBe(ScoringFiles.Summary(lenient, wages, Placements, By));

        AMinuteLater();
        (await api.PublishAsync(strict)).Number.ShouldBe(2);
        var scored = await api.WaitUntilScoredAsync(PlacementScoring.PublishedReason(2));

        scored.LatestScoring!.Total.ShouldBe(ScoringFiles.Rows);
        var run = await RunOfEveryResultAsync();
        run.Id.ShouldBe(scored.LatestScoring.Id);
        run.StandardsVersionId.ShouldBe(await StandardsVersionIdAsync(2));
        var after = await api.BaselineJsonAsync(By);
        after.ShouldBe(ScoringFiles.Summary(strict, wages, Placements, By));
        Quality(after).ShouldBeLessThan(Quality(before));

        // The same file again: nothing changed, so nothing is scored again and the baseline stays.
        AMinuteLater();
        int runsBefore;
        await using (var db = App.NewDbContext()) runsBefore = await db.ScoringRuns.CountAsync();
        var again = await api.ImportAsync(Placements);
        (again.New, again.Changed, again.Unchanged, again.ScoringRunId).ShouldBe((0, 0, ScoringFiles.Rows, (Guid?)null));
        (await api.ImportStatusAsync(again.ImportId)).Scoring.ShouldBeNull();
        await using (var db = App.NewDbContext()) (await db.ScoringRuns.CountAsync()).ShouldBe(runsBefore);
        (await RunOfEveryResultAsync()).Id.ShouldBe(run.Id);
        (await api.BaselineJsonAsync(By)).ShouldBe(after);
    }

    [Fact]
    public async Task ANewLivingWageTable_RescoresWhenTheStandardsUseTheNewestTable()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Director);
        using var _ = browser;
        var api = new ScoringApi(browser.Client);
        var (standards, wages2025, wages2026) = (ScoringFiles.Standards(), ScoringFiles.LivingWages(), ScoringFiles.LivingWages(factor: 1.2m));
        await api.ImportLivingWagesAsync(wages2025, 2025);
        await api.PublishAsync(standards);
        await api.ImportAndWaitAsync(Placements);
        var before = await api.BaselineJsonAsync(By);
        before.ShouldBe(ScoringFiles.Summary(standards, wages2025, Placements, By));

        AMinuteLater();
        var table2026 = await api.ImportLivingWagesAsync(wages2026, 2026);
        var scored = await api.WaitUntilScoredAsync("Living wage table imported");

        var run = await RunOfEveryResultAsync();
        run.Id.ShouldBe(scored.LatestScoring!.Id);
        run.StandardsVersionId.ShouldBe(await StandardsVersionIdAsync(1));
        run.LivingWageTableId.ShouldBe(table2026.Id);
        var after = await api.BaselineJsonAsync(By);
        after.ShouldBe(ScoringFiles.Summary(standards, wages2026, Placements, By));
        Quality(after).ShouldBeLessThan(Quality(before));
    }

    [Fact]
    public async Task ANewLivingWageTable_ChangesNothing_WhenTheStandardsChoseATable()
    {
        var (browser, _) = await SignedInWithAPlanAsync(OrganizationRole.Director);
        using var _ = browser;
        var api = new ScoringApi(browser.Client);
        var (standards, wages2025) = (ScoringFiles.Standards(), ScoringFiles.LivingWages());
        var table2025 = await api.ImportLivingWagesAsync(wages2025, 2025);
        await api.PublishAsync(standards);
        await api.ImportAndWaitAsync(Placements);
        var before = await api.BaselineJsonAsync(By);
        int runsBefore;
        await using (var db = App.NewDbContext())
        {
            // The published version scores with the 2025 table whatever is imported later.
            await db.StandardsVersions.ExecuteUpdateAsync(set => set.SetProperty(s => s.LivingWageTableId, table2025.Id));
            runsBefore = await db.ScoringRuns.CountAsync();
        }

        AMinuteLater();
        await api.ImportLivingWagesAsync(ScoringFiles.LivingWages(factor: 1.2m), 2026);

        await using (var db = App.NewDbContext()) (await db.ScoringRuns.CountAsync()).ShouldBe(runsBefore);
        var run = await RunOfEveryResultAsync();
        run.LivingWageTableId.ShouldBe(table2025.Id);
        run.StandardsVersionId.ShouldBe(await StandardsVersionIdAsync(1));
        (await api.BaselineJsonAsync(By)).ShouldBe(before);
    }
}
