using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.Canvas;
using JobQuality.Core.Organizations;
using JobQuality.Integration.Tests.Features.Standards;
using JobQuality.Integration.Tests.Infrastructure;
using JobQuality.Web.Features.Export;
using JobQuality.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace JobQuality.Integration.Tests.Features.Export;

/// <summary>The plan report: what the PDF says (read back with PdfPig), which version it shows, and who may download it.</summary>
public sealed class PlanReportTests(AppFactory app) : AppTest(app)
{
    private sealed record Sharing(bool PartnersMayExport, bool CanExport, bool CanChange);

    /// <summary>The north board with the demo's example plan filled in and 300 scored placements; a director is signed in.</summary>
    private async Task<(Browser Browser, Guid PlanId, Organization Board)> FilledPlanAsync(OrganizationRole role = OrganizationRole.Director)
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("director@north.test", board, role);
        var plan = await Data.PlanAsync(board, "Healthcare support plan");
        await WriteAsync(db => ExamplePlan.FillAsync(db, plan.Id));
        await new BaselineData(App).ScoredAsync(board, BaselineData.PlacementLines(300));
        var browser = NewBrowser();
        await browser.SignInOrFailAsync("director@north.test");
        return (browser, plan.Id, board);
    }

    private static async Task<List<Page>> PdfPagesAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return document.GetPages().ToList();
    }

    private static string TextOf(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));

    [Fact]
    public async Task Report_OfAFilledPlan_HasEverySection_AndPageXOfYOnEveryPageButTheCover()
    {
        var (browser, planId, _) = await FilledPlanAsync();
        using var _ = browser;

        var response = await browser.Client.GetAsync($"/api/plans/{planId}/report.pdf");
        var pages = await PdfPagesAsync(response);

        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"healthcare-support-plan-{App.Clock.GetUtcNow():yyyy-MM-dd}.pdf");
        pages.Count.ShouldBeGreaterThan(12);
        var cover = TextOf(pages[0]);
        cover.ShouldContain("Healthcare support plan");
        cover.ShouldContain("Not approved yet.");
        cover.ShouldNotContain("Page 1 of");
        for (var i = 1; i < pages.Count; i++) TextOf(pages[i]).ShouldContain($"Page {i + 1} of {pages.Count}");

        // Every chapter is listed in the contents and starts on the page the contents give for it.
        var contents = TextOf(pages[1]);
        var body = pages.Skip(2).Select(TextOf).ToList();
        foreach (var (_, title) in PlanReport.Sections)
        {
            contents.ShouldContain(title);
            body.Any(text => text.Contains(title)).ShouldBeTrue($"the chapter “{title}” is in the report");
        }
        var all = string.Join(' ', body);
        all.ShouldContain("Our job quality work aims to help Home health aides");
        all.ShouldContain("Lakeside Home Care Employers Association"); // a canvas item
        all.ShouldContain("Draft the job quality criteria for OJT contracts"); // an action step
        all.ShouldContain("has no one Accountable"); // the demo's deliberate RACI gap
        all.ShouldContain("Overdue");
        all.ShouldContain("placements are quality jobs");
        all.ShouldContain("Withheld");
        // The canvas has a landscape page of its own.
        pages.Single(p => TextOf(p).Contains("Job Quality Canvas Mission:")).Width.ShouldBeGreaterThan(700);
    }

    [Fact]
    public async Task RaciMatrix_PutsEachLetterInItsStepsRowAndItsMembersColumn()
    {
        var (browser, planId, _) = await FilledPlanAsync();
        using var _ = browser;
        PlanReport report;
        await using (var db = App.NewDbContext())
        {
            report = (await PlanReportBuilder.LoadAsync(db, planId, null, App.Clock.GetUtcNow()))!;
        }
        var raci = report.ActionPlan.Raci;
        var steps = report.ActionPlan.Steps.ToList();

        var pages = await PdfPagesAsync(await browser.Client.GetAsync($"/api/plans/{planId}/report.pdf"));

        var page = pages.Single(p => TextOf(p).Contains("R = Responsible"));
        var words = page.GetWords().ToList();
        var legendBottom = words.Single(w => w.Text == "(does").BoundingBox.Bottom; // "R = Responsible (does the work)…" above the matrix
        // Each member's column starts where the first word of their name sits in the header row.
        var columns = raci.Members.Select(name => words.First(w => w.Text == name.Split(' ')[0] && w.BoundingBox.Bottom < legendBottom).BoundingBox.Left).ToList();
        columns.ShouldBe(columns.Order().ToList(), "the members' columns run left to right in the report's order");
        // Each step's row starts at its number in the first column, below the header.
        var rowTops = steps.Select(s => words.First(w => w.Text == s.Number && w.BoundingBox.Bottom < legendBottom && w.BoundingBox.Left < 100).BoundingBox.Top).ToList();
        var letters = words.Where(w => w.Text is "R" or "A" or "C" or "I" && w.BoundingBox.Bottom < legendBottom && w.BoundingBox.Top <= rowTops[0] + 1).ToList();

        var expected = steps.SelectMany(s => raci.Letters[s.Id].Select((letter, column) => (s.Number, column, letter)))
            .Where(x => x.letter.Length > 0).ToList();
        var found = letters.Select(w =>
        {
            var row = rowTops.FindLastIndex(top => w.BoundingBox.Top <= top + 1);
            var column = columns.FindLastIndex(left => w.BoundingBox.Centroid.X >= left - 6);
            return (steps[row].Number, column, w.Text);
        }).ToList();
        expected.Count.ShouldBeGreaterThan(10);
        found.OrderBy(x => x.Number).ThenBy(x => x.column).ShouldBe(expected.OrderBy(x => x.Number).ThenBy(x => x.column).ToList());
    }

    [Fact]
    public async Task Snapshot_ShowsThePlanAsItWasThen_WithItsApproval_AndAnUnknownNameIsRefused()
    {
        var (browser, planId, _) = await FilledPlanAsync();
        using var _ = browser;
        var snapshot = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/snapshots", new { name = "Board meeting – December" });
        snapshot.StatusCode.ShouldBe(HttpStatusCode.OK, await snapshot.Content.ReadAsStringAsync());
        var snapshotId = (await snapshot.Content.ReadFromJsonAsync<SnapshotDto>())!.Id;
        (await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/action-plan/approvals", new { snapshotId, note = "" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await WriteAsync(async db =>
        {
            var item = await db.CanvasItems.FirstAsync(i => i.PlanId == planId && i.Square == CanvasSquare.KeyPartners && i.Text == "Caregivers United, Local 88");
            item.Text = "Caregivers United, Local 88 – résumé clinic ✓";
        });

        var then = string.Join(' ', (await PdfPagesAsync(await browser.Client.GetAsync(
            $"/api/plans/{planId}/report.pdf?snapshot={Uri.EscapeDataString("Board meeting – December")}"))).Select(TextOf));
        var now = string.Join(' ', (await PdfPagesAsync(await browser.Client.GetAsync($"/api/plans/{planId}/report.pdf?paper=a4"))).Select(TextOf));
        var unknown = await browser.Client.GetAsync($"/api/plans/{planId}/report.pdf?snapshot=Nope");
        var badPaper = await browser.Client.GetAsync($"/api/plans/{planId}/report.pdf?paper=legal");

        then.ShouldContain("Snapshot “Board meeting – December”");
        then.ShouldContain("Action plan approved by");
        then.ShouldNotContain("résumé clinic");
        now.ShouldContain("résumé clinic ✓");
        now.ShouldContain("This report shows another version, which may differ from what was approved.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("no snapshot named “Nope”");
        badPaper.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Partners_DownloadTheReport_OnlyOnceTheStaffAllowIt_AndCannotAllowItThemselves()
    {
        var board = await Data.OrganizationAsync("north");
        var partner = await Data.UserAsync("partner@north.test", board, OrganizationRole.Partner);
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(board, "Shared plan", partner);
        var other = await Data.PlanAsync(await Data.OrganizationAsync("south"), "Someone else's plan");
        using var partnerBrowser = NewBrowser();
        await partnerBrowser.SignInOrFailAsync("partner@north.test");
        using var staffBrowser = NewBrowser();
        await staffBrowser.SignInOrFailAsync("staff@north.test");
        var url = $"/api/plans/{plan.Id}/report.pdf";

        var before = await partnerBrowser.Client.GetAsync(url);
        var partnerAllows = await partnerBrowser.Client.PutAsJsonAsync($"/api/plans/{plan.Id}/report-sharing", new { partnersMayExport = true });
        var staffAllows = await staffBrowser.Client.PutAsJsonAsync($"/api/plans/{plan.Id}/report-sharing", new { partnersMayExport = true });
        var after = await partnerBrowser.Client.GetAsync(url);
        var partnerSees = await partnerBrowser.Client.GetFromJsonAsync<Sharing>($"/api/plans/{plan.Id}/report-sharing");
        var otherBoard = await staffBrowser.Client.GetAsync($"/api/plans/{other.Id}/report.pdf");
        var otherBoardSharing = await staffBrowser.Client.PutAsJsonAsync($"/api/plans/{other.Id}/report-sharing", new { partnersMayExport = true });

        before.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        partnerAllows.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        staffAllows.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PdfPagesAsync(after)).ShouldNotBeEmpty();
        partnerSees.ShouldBe(new Sharing(PartnersMayExport: true, CanExport: true, CanChange: false));
        otherBoard.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        otherBoardSharing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = App.NewDbContext();
        (await db.Plans.SingleAsync(p => p.Id == other.Id)).PartnersMayExport.ShouldBeFalse();
        (await db.ChangeRecords.Where(c => c.EntityType == "Plan").ToListAsync()).Count(c => c.Changes.Contains("PartnersMayExport")).ShouldBe(1, "the change is in the plan's history");
    }

    [Fact]
    public async Task CommandLine_WritesTheSameReport_AndNamesAMissingSnapshot()
    {
        var (browser, planId, _) = await FilledPlanAsync();
        browser.Dispose();
        var folder = Directory.CreateTempSubdirectory("jobquality-export-");
        var previous = Environment.GetEnvironmentVariable("ConnectionStrings__Default");
        Environment.SetEnvironmentVariable("ConnectionStrings__Default", App.ConnectionString);
        try
        {
            var file = Path.Combine(folder.FullName, "plan.pdf");
            var (exported, errors) = await StandardsVersionTests.RunCliAsync("plans", "export-pdf", "--plan", planId.ToString(), "--out", file);
            var (missing, missingErrors) = await StandardsVersionTests.RunCliAsync(
                "plans", "export-pdf", "--plan", planId.ToString(), "--out", Path.Combine(folder.FullName, "x.pdf"), "--snapshot", "Nope");

            exported.ShouldBe(0, errors);
            using var document = PdfDocument.Open(file);
            document.NumberOfPages.ShouldBeGreaterThan(12);
            document.Information.Title.ShouldBe("Healthcare support plan: job quality plan");
            string.Join(' ', document.GetPages().Select(TextOf)).ShouldContain("RACI matrix");
            missing.ShouldBe(1);
            missingErrors.ShouldContain("no snapshot named 'Nope'");
            File.Exists(Path.Combine(folder.FullName, "x.pdf")).ShouldBeFalse();
        }
        finally
        {
            Environment.SetEnvironmentVariable("ConnectionStrings__Default", previous);
            folder.Delete(recursive: true);
        }
    }

    private sealed record SnapshotDto(Guid Id, string Name);
}
