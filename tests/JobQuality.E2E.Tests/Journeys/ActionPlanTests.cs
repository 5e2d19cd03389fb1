using JobQuality.Core.ActionPlans;
using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using JobQuality.E2E.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace JobQuality.E2E.Tests.Journeys;

/// <summary>
/// The action plan in a real browser: filling a RACI cell by keyboard clears the step's flag; the demo plan's action plan
/// for staff and read-only for a partner; axe scans and screenshots.
/// </summary>
[Collection(RunningAppCollection.Name)]
public sealed class ActionPlanTests(RunningApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Staff_FillsARaciCellByKeyboard_AndTheStepsFlagClears()
    {
        var (planId, stepId, rosaId) = await PlanWithAStepMissingItsAccountableAsync();
        var page = await NewPageAsync();
        await page.SignInAsync("staff@demo.jobquality.test");
        await page.WaitForURLAsync("**/orgs/metro-wdb");
        await OpenAsync(page, planId);
        var flag = page.Locator($"[data-flag='{stepId}']");
        await Assertions.Expect(flag).ToContainTextAsync("needs an A");
        await Assertions.Expect(page.GetByTestId("raci-problems")).ToContainTextAsync("has no one Accountable");

        // The first cell of the row is Marcus's (members are in name order); move right to Rosa's and type A.
        var marcusCell = page.Locator($"[data-cell='{stepId}/{await MemberAsync("Marcus Bell", planId)}']");
        await marcusCell.FocusAsync();
        // The arrows move within the grid only: the browser does not also scroll the page (its default is prevented),
        // even where there is no cell to move to (the step has no row below).
        await page.EvaluateAsync("() => { window.lastKey = null; addEventListener('keydown', e => setTimeout(() => window.lastKey = { prevented: e.defaultPrevented }), { once: true }); }");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.WaitForFunctionAsync("() => window.lastKey !== null");
        (await page.EvaluateAsync<bool>("() => window.lastKey.prevented")).ShouldBeTrue("ArrowDown in the grid must not scroll the page");
        await Assertions.Expect(marcusCell).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        var rosaCell = page.Locator($"[data-cell='{stepId}/{rosaId}']");
        await Assertions.Expect(rosaCell).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("a");

        await Assertions.Expect(rosaCell).ToHaveAttributeAsync("data-role", "Accountable");
        await Assertions.Expect(flag).ToContainTextAsync("OK");
        await Assertions.Expect(page.GetByTestId("raci-problems")).ToContainTextAsync("Every step has one person accountable");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync("action-plan-raci-keyboard");

        await using var db = App.NewDbContext();
        (await db.RaciCells.SingleAsync(c => c.StepId == stepId && c.MemberId == rosaId)).Role.ShouldBe(RaciRole.Accountable);
    }

    [Fact]
    public async Task ExamplePlan_ShowsFlagsChokepointAndOverdueSteps_AndIsReadOnlyForAPartner_WithNoSeriousAccessibilityViolations()
    {
        Guid planId;
        await using (var db = App.NewDbContext())
        {
            planId = await db.Plans.Where(p => p.Name == "Quality jobs in healthcare support").Select(p => p.Id).SingleAsync();
        }
        var staff = await NewPageAsync();
        await staff.SignInAsync("director@demo.jobquality.test");
        await staff.WaitForURLAsync("**/orgs/metro-wdb**");
        await OpenAsync(staff, planId);
        await Assertions.Expect(staff.Locator(".strategy")).ToHaveCountAsync(3);
        await Assertions.Expect(staff.Locator("[data-chokepoint=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(staff.Locator("[data-overdue=true]").First).ToBeVisibleAsync();
        await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await staff.ScreenshotAsync("action-plan");

        var partner = await NewPageAsync();
        await partner.SignInAsync("partner@demo.jobquality.test");
        await partner.WaitForURLAsync("**/orgs/metro-wdb**");
        await OpenAsync(partner, planId);
        await Assertions.Expect(partner.Locator(".strategy")).ToHaveCountAsync(3);
        (await partner.Locator("textarea").CountAsync()).ShouldBe(0);
        await Assertions.Expect(partner.Locator("[data-cell]").First).ToBeDisabledAsync();
        await partner.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await partner.ScreenshotAsync("action-plan-partner");
    }

    private static async Task OpenAsync(IPage page, Guid planId)
    {
        await page.GotoAsync($"/plans/{planId}/action-plan");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Action plan", Exact = true }).WaitForAsync();
    }

    private async Task<Guid> MemberAsync(string name, Guid planId)
    {
        await using var db = App.NewDbContext();
        return await db.TeamMembers.Where(m => m.PlanId == planId && m.Name == name).Select(m => m.Id).SingleAsync();
    }

    private async Task<(Guid PlanId, Guid StepId, Guid RosaId)> PlanWithAStepMissingItsAccountableAsync()
    {
        await using var db = App.NewDbContext();
        var organization = await db.Organizations.SingleAsync(o => o.Slug == "metro-wdb");
        var plan = new Plan { OrganizationId = organization.Id, Name = $"Action plan {Guid.NewGuid():N}"[..40], TeamName = "Metro Coalition" };
        TeamMember Member(string name) => new()
        {
            PlanId = plan.Id,
            Name = name,
            Organization = "Board",
            Role = "Lead",
            OrganizationalType = OrganizationalType.WorkforceDevelopment,
            Persona = Persona.Convener,
            DecisionLevel = DecisionLevel.DecisionMaker,
        };
        var marcus = Member("Marcus Bell");
        var rosa = Member("Rosa Delgado");
        var strategy = new Strategy { PlanId = plan.Id, Name = "Job quality criteria in contracts", Goal = "Living wages in new contracts" };
        var step = new ActionStep { PlanId = plan.Id, StrategyId = strategy.Id, Description = "Draft the criteria", TargetDate = new DateOnly(2027, 2, 1) };
        db.Plans.Add(plan);
        db.AddRange(marcus, rosa, strategy, step, new RaciCell { PlanId = plan.Id, StepId = step.Id, MemberId = marcus.Id, Role = RaciRole.Responsible });
        await db.SaveChangesAsync();
        return (plan.Id, step.Id, rosa.Id);
    }
}
