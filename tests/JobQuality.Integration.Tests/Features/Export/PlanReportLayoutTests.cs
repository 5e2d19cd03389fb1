using JobQuality.Core.ActionPlans;
using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using JobQuality.Web.Features.Export;
using JobQuality.Web.Features.History;
using UglyToad.PdfPig;

namespace JobQuality.Integration.Tests.Features.Export;

/// <summary>The report's PDF for a plan far bigger than the demo's (no database: the report is built from content).</summary>
public sealed class PlanReportLayoutTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static PlanReport LargeReport(int steps)
    {
        var members = Enumerable.Range(1, 8).Select(i => new PlanContent.Member(Guid.NewGuid(), $"Member{i} Surname", "Org", null,
            OrganizationalType.Industry, Persona.Convener, DecisionLevel.DecisionMaker, "Role", null)).ToList();
        var strategy = new PlanContent.StrategyContent(Guid.NewGuid(), "Raise wages", "Living wages", null, 0);
        var stepRows = Enumerable.Range(1, steps).Select(i => new PlanContent.StepContent(Guid.NewGuid(), strategy.Id, i,
            $"Action token{i}x with a description long enough to wrap onto a second line of the step column in most rows",
            $"Responsible token{i}y", "", "", i % 3 == 0 ? "A milestone that takes a line of its own" : "", Today.AddDays(i - 150), "",
            StepStatus.InProgress)).ToList();
        var raci = stepRows.SelectMany((s, i) => new[]
        {
            new PlanContent.RaciContent(s.Id, members[i % 8].Id, RaciRole.Accountable),
            new PlanContent.RaciContent(s.Id, members[(i + 1) % 8].Id, RaciRole.Responsible),
        }).ToList();
        var content = new PlanContent(new PlanContent.Details("Large plan", "Team — é ✓", "", ""), null, [], members, [],
            ActionPlan: new PlanContent.ActionPlanContent([strategy], stepRows, raci, []));
        var cover = new ReportCover(Guid.NewGuid(), "Large plan", "Team — é ✓", "", "", "Board", DateTimeOffset.UtcNow, "November 26, 2026",
            "The plan as it stood on November 26, 2026", null, null, false, null);
        return PlanReportBuilder.Build(cover, content, Today, baseline: null);
    }

    [Fact]
    public void ThreeHundredSteps_RepeatTheTableHeaderOnEveryPage_AndNoStepIsSplitAcrossPages()
    {
        var pdf = PlanReportPdf.Render(LargeReport(300));

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => p.GetWords().Select(w => w.Text).ToList()).ToList();
        var actionPlanPages = pages.Select((words, index) => (words, index))
            .Where(p => p.words.Any(w => w.StartsWith("token", StringComparison.Ordinal)) && p.words.Contains("Waits")).ToList();

        actionPlanPages.Count.ShouldBeGreaterThan(10);
        foreach (var (words, index) in actionPlanPages)
        {
            words.ShouldContain("Target", $"page {index + 1} repeats the table's header");
        }
        for (var i = 1; i <= 300; i++)
        {
            var action = pages.FindIndex(w => w.Contains($"token{i}x"));
            var responsible = pages.FindIndex(w => w.Contains($"token{i}y"));
            action.ShouldBeGreaterThanOrEqualTo(0);
            responsible.ShouldBe(action, $"step 1.{i} is whole on one page");
            pages[action].ShouldContain($"1.{i}");
        }
        for (var i = 1; i < pages.Count; i++) string.Join(' ', pages[i]).ShouldContain($"Page {i + 1} of {pages.Count}");
        string.Join(' ', pages[0]).ShouldContain("Team — é ✓");
    }

    [Fact]
    public void ManyMembers_PutTheRaciMatrixOnALandscapePage()
    {
        var pdf = PlanReportPdf.Render(LargeReport(10));

        using var document = PdfDocument.Open(pdf);
        var raci = document.GetPages().Single(p => p.GetWords().Any(w => w.Text == "(does"));
        raci.Width.ShouldBeGreaterThan(raci.Height, "eight members' columns need the width of a landscape page");
        raci.GetWords().Count(w => w.Text.StartsWith("Member", StringComparison.Ordinal)).ShouldBe(8);
    }
}
