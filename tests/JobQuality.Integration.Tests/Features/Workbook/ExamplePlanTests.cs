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
        progress.Values.ShouldAllBe(p => p == ToolProgress.Done);
        TeamBalance.Of(await db.TeamMembers.Where(m => m.PlanId == plan.Id).ToListAsync()).IsBalanced.ShouldBeTrue();
        (await db.TeamMembers.CountAsync()).ShouldBe(6);
    }
}
