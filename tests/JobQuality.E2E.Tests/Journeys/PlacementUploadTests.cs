using System.Text.RegularExpressions;
using JobQuality.Core.Scoring.Samples;
using JobQuality.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace JobQuality.E2E.Tests.Journeys;

/// <summary>Board staff upload a placements file in the browser, follow its progress, and fix a rejected one.</summary>
[Collection(RunningAppCollection.Name)]
public sealed class PlacementUploadTests(RunningApp app) : BrowserTest(app)
{
    private static async Task<IPage> OpenPlacementsAsync(IPage page)
    {
        await page.SignInAsync("staff@demo.jobquality.test");
        await page.WaitForURLAsync(new Regex("/orgs/metro-wdb$"));
        await page.GotoAsync("/orgs/metro-wdb/placements");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Placements" }).WaitForAsync();
        return page;
    }

    private static string WriteFile(string name, Action<TextWriter> write)
    {
        var path = Path.Combine(Path.GetTempPath(), $"jq-e2e-{Guid.NewGuid():N}-{name}");
        using var file = File.CreateText(path);
        write(file);
        return path;
    }

    [Fact]
    public async Task AFileIsSentCheckedStoredAndScored_WithEachStepShown()
    {
        var page = await OpenPlacementsAsync(await NewPageAsync());
        var file = WriteFile("placements.csv", w => new SampleDataGenerator(seed: 41).WritePlacements(w, 2_000));

        await page.GetByLabel("Placements file (CSV)").SetInputFilesAsync(file);
        await page.GetByText("Chosen: ").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();

        var progress = page.GetByTestId("import-progress");
        await progress.WaitForAsync();
        await Assertions.Expect(progress).ToHaveAttributeAsync("data-step", "Done", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("import-message")).ToContainTextAsync("2,000 rows: 2,000 new, 0 changed, 0 unchanged.");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = Path.GetFileName(file) })).ToBeVisibleAsync();
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("placements-uploaded");

        // The demo board's 3,000 placements and these 2,000 are on the dashboard.
        await page.GetByTestId("import-message").GetByRole(AriaRole.Link, new() { Name = "See the baseline" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Job quality baseline" }).WaitForAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("5,000");
    }

    [Fact]
    public async Task ARejectedFile_ListsEveryProblem_AndOffersTheReport()
    {
        var page = await OpenPlacementsAsync(await NewPageAsync());
        var file = WriteFile("bad.csv", w =>
        {
            w.WriteLine("placement_id,placement_date,program,hourly_wage");
            w.WriteLine("B-1,2026-02-30,WIOA Adult,18.50");
            w.WriteLine("B-2,2026-03-01,=HYPERLINK(\"x\"),abc");
        });

        await page.GetByLabel("Placements file (CSV)").SetInputFilesAsync(file);
        await page.GetByText("Chosen: ").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("import-message")).ToContainTextAsync("Nothing was stored: the file has 2 problems");
        var problems = page.Locator("table", new() { HasText = "Value found" });
        await Assertions.Expect(problems).ToContainTextAsync(new Regex("2\\s*placement_date\\s*2026-02-30"));
        await Assertions.Expect(problems).ToContainTextAsync(new Regex("3\\s*hourly_wage\\s*abc"));
        var report = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("problems-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync((await report.PathAsync())!);
        csv.ShouldContain("3,hourly_wage,abc,");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("placements-rejected");
    }
}
