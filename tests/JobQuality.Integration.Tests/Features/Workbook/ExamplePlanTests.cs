using JobQuality.Core.ActionPlans;
using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using JobQuality.Integration.Tests.Infrastructure;
using JobQuality.Web.Features.Workbook;
using JobQuality.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Integration.Tests.Features.Workbook;

public sealed class ExamplePlanTests(AppFactory app) : AppTest(app)
{
    [Fact]
    public async Task TheDemoPlan_IsAFinishedWorkbook_AndSeedingAgainChangesNothing()
    {
        using (var scope = App.Services.CreateScope())
        {
            var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
            await demo.SeedAsync();
            await demo.SeedAsync();
        }

        await using var db = App.NewDbContext();
        var plan = await db.Plans.SingleAsync(p => p.Name == DemoData.ExamplePlanName);
        var progress = await JourneyProgress.ForPlanAsync(db, plan.Id);
        progress.Keys.ShouldBe(PlanningJourney.Tools.Select(t => t.Key), ignoreOrder: true);
        // The action plan keeps one deliberate RACI gap to show the check at work, so it is the one tool still in progress.
        progress.Where(p => p.Key != ActionPlanTool.ToolKey).Select(p => p.Value).ShouldAllBe(p => p == ToolProgress.Done);
        progress[ActionPlanTool.ToolKey].ShouldBe(ToolProgress.InProgress);
        // A director approved a snapshot of it, so the report's cover shows an approval from the first start.
        var approval = await db.ActionPlanApprovals.SingleAsync(a => a.PlanId == plan.Id);
        approval.ApproverName.ShouldBe("Dana Director");
        (await db.PlanSnapshots.SingleAsync(s => s.PlanId == plan.Id)).Id.ShouldBe(approval.SnapshotId);
        var steps = await db.ActionSteps.Where(s => s.PlanId == plan.Id).Select(s => new { s.Id, s.Description }).ToListAsync();
        var cells = await db.RaciCells.Where(c => c.PlanId == plan.Id).Select(c => new RaciAssignment(c.StepId, c.MemberId, c.Role)).ToListAsync();
        RaciMatrix.Check(steps.Select(s => (s.Id, s.Description)).ToList(), cells).ShouldHaveSingleItem().Kind.ShouldBe(RaciProblemKind.NoAccountable);
        var waits = await db.StepWaits.Where(w => w.PlanId == plan.Id).Select(w => new StepDependency(w.StepId, w.DependsOnStepId)).ToListAsync();
        new StepDependencies(waits).Chokepoints().ShouldHaveSingleItem();
        (await db.Strategies.CountAsync(s => s.PlanId == plan.Id && s.CanvasItemId != null)).ShouldBe(3);
        TeamBalance.Of(await db.TeamMembers.Where(m => m.PlanId == plan.Id).ToListAsync()).IsBalanced.ShouldBeTrue();
        (await db.TeamMembers.CountAsync()).ShouldBe(6);
    }
}
