using System.Diagnostics;
using JobQuality.Core.Plans;
using JobQuality.E2E.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace JobQuality.E2E.Tests.Journeys;

/// <summary>
/// The plan report in a real browser: the print view of the demo plan, its PDF rendered to PNG pages for a person to
/// look at, and a partner who may download it only once the staff allow it. Axe scans and screenshots.
/// </summary>
[Collection(RunningAppCollection.Name)]
public sealed class ReportTests(RunningApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Director_ReadsThePrintView_AndDownloadsThePdf_WhosePagesAreSavedAsPictures()
    {
        Guid planId;
        await using (var db = App.NewDbContext())
        {
            planId = await db.Plans.Where(p => p.Name == "Quality jobs in healthcare support").Select(p => p.Id).SingleAsync();
        }
        var page = await NewPageAsync();
        await page.SignInAsync("director@demo.jobquality.test");
        await page.WaitForURLAsync("**/orgs/metro-wdb**");

        await OpenAsync(page, planId);
        var report = page.GetByTestId("plan-report");
        await Assertions.Expect(report.GetByRole(AriaRole.Heading, new() { Name = "RACI matrix", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(report.GetByRole(AriaRole.Heading, new() { Name = "Baseline: who reaches quality jobs" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("report-raci").Locator("td.raci-letter", new() { HasText = "A" }).First).ToBeVisibleAsync();
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("report-print-view");

        var download = page.GetByTestId("report-download");
        var pdf = await page.APIRequest.GetAsync(App.BaseUrl + "/" + await download.GetAttributeAsync("href"));
        pdf.Status.ShouldBe(200);
        pdf.Headers["content-type"].ShouldBe("application/pdf");
        var pages = await RenderPagesAsync(await pdf.BodyAsync());
        pages.ShouldBeGreaterThan(12, "the demo plan's report has a cover, contents and a chapter per tool");
    }

    [Fact]
    public async Task Partner_SeesTheReportOnlyOnceTheStaffShareIt()
    {
        var planId = await PlanSharedWithTheDemoPartnerAsync();
        var partner = await NewPageAsync();
        await partner.SignInAsync("partner@demo.jobquality.test");
        await partner.WaitForURLAsync("**/orgs/metro-wdb**");
        await OpenAsync(partner, planId);
        await Assertions.Expect(partner.GetByTestId("report-not-shared")).ToBeVisibleAsync();
        await Assertions.Expect(partner.GetByTestId("plan-report")).ToHaveCountAsync(0);
        (await partner.APIRequest.GetAsync($"{App.BaseUrl}/api/plans/{planId}/report.pdf")).Status.ShouldBe(403);
        await partner.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await partner.ScreenshotAsync("report-partner-not-shared");

        var staff = await NewPageAsync();
        await staff.SignInAsync("staff@demo.jobquality.test");
        await staff.WaitForURLAsync("**/orgs/metro-wdb**");
        await OpenAsync(staff, planId);
        var sharing = staff.GetByRole(AriaRole.Switch, new() { Name = "Let coalition partners download the report" });
        await Assertions.Expect(sharing).Not.ToBeCheckedAsync();
        await sharing.CheckAsync();
        await Assertions.Expect(staff.GetByText("Coalition partners of this plan can now download its report.")).ToBeVisibleAsync();

        // The partner's page, left open, follows the change without a reload.
        await Assertions.Expect(partner.GetByTestId("plan-report")).ToBeVisibleAsync();
        await Assertions.Expect(partner.GetByTestId("report-not-shared")).ToHaveCountAsync(0);
        await Assertions.Expect(partner.GetByRole(AriaRole.Switch)).ToHaveCountAsync(0);
        (await partner.APIRequest.GetAsync($"{App.BaseUrl}/api/plans/{planId}/report.pdf")).Status.ShouldBe(200);
    }

    private static async Task OpenAsync(IPage page, Guid planId)
    {
        await page.GotoAsync($"/plans/{planId}/report");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Plan report", Exact = true }).WaitForAsync();
    }

    /// <summary>A plan of the demo board that the demo partner belongs to and that nobody has shared the report of.</summary>
    private async Task<Guid> PlanSharedWithTheDemoPartnerAsync()
    {
        await using var db = App.NewDbContext();
        var organization = await db.Organizations.SingleAsync(o => o.Slug == "metro-wdb");
        var partnerId = await db.Users.Where(u => u.Email == "partner@demo.jobquality.test").Select(u => u.Id).SingleAsync();
        var plan = new Plan { OrganizationId = organization.Id, Name = $"Report {Guid.NewGuid():N}"[..30], TeamName = "Metro Coalition" };
        db.Plans.Add(plan);
        db.PlanMembers.Add(new PlanMember { PlanId = plan.Id, UserId = partnerId });
        await db.SaveChangesAsync();
        return plan.Id;
    }

    /// <summary>Renders every page of the PDF to a PNG beside the screenshots (pdftoppm), for a person to look at; returns the count.</summary>
    private static async Task<int> RenderPagesAsync(byte[] pdf)
    {
        var folder = Path.Combine(RunningApp.ScreenshotDirectory, "report-pages");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "plan-report.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
        foreach (var arg in new[] { "-r", "60", "-png", file, Path.Combine(folder, "page") }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, errors);
        return Directory.GetFiles(folder, "page-*.png").Length;
    }
}
