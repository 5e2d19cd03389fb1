using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.ActionPlans;
using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using JobQuality.Web.Features.Export;
using JobQuality.Web.Features.History;

namespace JobQuality.Component.Tests.Export;

/// <summary>The print view: the same report as the PDF, as headings and tables a screen reader can follow.</summary>
public sealed class PlanReportViewTests : ComponentTest
{
    private static PlanReport Report(bool withActionPlan)
    {
        var ana = new PlanContent.Member(Guid.NewGuid(), "Ana Ruiz", "Board", null, OrganizationalType.Government, Persona.Convener, DecisionLevel.DecisionMaker, "Lead", null);
        var ben = new PlanContent.Member(Guid.NewGuid(), "Ben Okafor", "Union", null, OrganizationalType.WorkerVoiceOrRepresentation, Persona.Advocate, DecisionLevel.Neither, "", null);
        var strategy = new PlanContent.StrategyContent(Guid.NewGuid(), "Criteria in contracts", "Living wages", null, 0);
        var draft = new PlanContent.StepContent(Guid.NewGuid(), strategy.Id, 0, "Draft the criteria", "", "", "", "", new DateOnly(2026, 1, 10), "", StepStatus.InProgress);
        var review = new PlanContent.StepContent(Guid.NewGuid(), strategy.Id, 1, "County review", "", "", "", "", null, "", StepStatus.NotStarted);
        var actionPlan = withActionPlan
            ? new PlanContent.ActionPlanContent([strategy], [draft, review],
                [new(draft.Id, ana.Id, RaciRole.Accountable), new(draft.Id, ben.Id, RaciRole.Responsible), new(review.Id, ben.Id, RaciRole.Informed)],
                [new(review.Id, draft.Id)])
            : null;
        var content = new PlanContent(new PlanContent.Details("North plan", "North coalition", "", ""), null, [], [ana, ben], [], ActionPlan: actionPlan);
        var cover = new ReportCover(Guid.NewGuid(), "North plan", "North coalition", "", "", "North board", DateTimeOffset.UtcNow, "November 26, 2026",
            "The plan as it stood on November 26, 2026", null, null, false, null);
        return PlanReportBuilder.Build(cover, content, new DateOnly(2026, 11, 26), baseline: null);
    }

    [Fact]
    public void RaciMatrix_HasARowPerStepAndAColumnPerMember_WithTheLettersInTheirCells()
    {
        var view = Render<PlanReportView>(p => p.Add(v => v.Report, Report(withActionPlan: true)).Add(v => v.BasePath, "plans/x/report"));

        var table = view.Find("[data-testid=report-raci]");
        table.QuerySelectorAll("thead th").Select(th => th.TextContent).ShouldBe(["Action step", "Ana Ruiz", "Ben Okafor"]);
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        rows.ShouldBe([["1.1 Draft the criteria", "A", "R"], ["1.2 County review", "", "I"]]);
        view.Find(".report-problems").TextContent.ShouldContain("1.2 County review");
        view.Markup.ShouldContain("Overdue"); // due January 10, not done
        view.Markup.ShouldContain("waits on 1.1");
        view.FindAll(".report-contents a").Select(a => a.GetAttribute("href")).ShouldContain("plans/x/report#raci");
    }

    [Fact]
    public void EmptyTools_SayTheyAreNotFilledIn_AndTheBaselineSaysWhatToDoFirst()
    {
        var view = Render<PlanReportView>(p => p.Add(v => v.Report, Report(withActionPlan: false)));

        view.FindAll(".report-empty").Count.ShouldBeGreaterThan(5);
        view.Markup.ShouldContain("The matrix needs action steps and team members first.");
        view.Markup.ShouldContain("No placements have been scored yet.");
        view.Find("[data-testid=report-approval]").TextContent.ShouldContain("Not approved yet.");
    }
}
