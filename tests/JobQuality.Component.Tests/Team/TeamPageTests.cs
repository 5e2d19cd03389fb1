using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using JobQuality.Web.Features.Shared.Editing;
using JobQuality.Web.Features.Team;
using JobQuality.Web.Features.Workbook;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace JobQuality.Component.Tests.Team;

public sealed class TeamPageTests : PageTest
{
    public TeamPageTests(SeededDatabase database) : base(database)
    {
        Services.AddScoped<GetToolContext.Handler>();
        Services.AddScoped<GetTeam.Handler>();
        Services.AddScoped<AddTeamMember.Handler>();
        Services.AddScoped<SaveTeamMember.Handler>();
        Services.AddScoped<RemoveTeamMember.Handler>();
        Services.AddScoped<ConflictResolver>();
        Services.AddScoped<AutosaverFactory>();
    }

    /// <summary>An organization with one person of the given role and a plan (shared with them if they are a partner) whose team is given.</summary>
    private async Task<(Guid PlanId, string UserId)> PlanWithTeamAsync(OrganizationRole role, params TeamMember[] members)
    {
        var (slug, userId) = await Database.OrganizationWithPersonAsync(role, "Care jobs plan");
        await using var db = Database.NewDbContext();
        var plan = await db.Plans.SingleAsync(p => db.Organizations.Any(o => o.Id == p.OrganizationId && o.Slug == slug));
        foreach (var member in members)
        {
            member.PlanId = plan.Id;
            db.TeamMembers.Add(member);
        }
        if (role == OrganizationRole.Partner) db.PlanMembers.Add(new PlanMember { PlanId = plan.Id, UserId = userId });
        await db.SaveChangesAsync();
        return (plan.Id, userId);
    }

    private static TeamMember Member(string name, Persona persona, OrganizationalType type = OrganizationalType.Government) => new()
    {
        Name = name,
        Organization = $"{name}'s office",
        Role = "keeps the schedule",
        Persona = persona,
        OrganizationalType = type,
        DecisionLevel = DecisionLevel.DecisionMaker,
    };

    [Fact]
    public void BalancePanel_ListsEachMissingPersonaWithItsRisk()
    {
        var panel = Render<TeamBalancePanel>(p => p.Add(x => x.Members, [Member("Maria Lopez", Persona.Convener)]));

        var missing = panel.FindAll(".missing-personas li").Select(li => li.TextContent).ToList();
        missing.Count.ShouldBe(3);
        missing.ShouldContain($"Powerbroker: {TeamBalance.RiskWithout(Persona.Powerbroker)}");
        missing.ShouldContain($"Advocate: {TeamBalance.RiskWithout(Persona.Advocate)}");
        missing.ShouldContain($"Connector: {TeamBalance.RiskWithout(Persona.Connector)}");
        panel.FindAll(".missing-types li").Select(li => li.TextContent).ShouldContain(t => t.StartsWith("Worker voice or representation"));
        panel.Find(".without-backup").TextContent.ShouldContain("Maria Lopez (keeps the schedule)");
        panel.Find(".team-balance").GetAttribute("aria-live").ShouldBe("polite");
    }

    [Fact]
    public async Task ChangingAMembersPersona_UpdatesTheBalanceAtOnce_AndSavesIt()
    {
        var maria = Member("Maria Lopez", Persona.Convener);
        var (planId, userId) = await PlanWithTeamAsync(OrganizationRole.Staff, maria);
        SignInAs(userId);

        var page = Render<TeamPage>(p => p.Add(x => x.PlanId, planId));
        page.WaitForAssertion(() => page.FindAll(".missing-personas li").Count.ShouldBe(3), DatabaseWait);
        page.Find(".missing-personas").TextContent.ShouldContain(TeamBalance.RiskWithout(Persona.Powerbroker));
        page.Find(".missing-personas").TextContent.ShouldNotContain(TeamBalance.RiskWithout(Persona.Convener));
        page.Find(".remove-member-button").GetAttribute("aria-label").ShouldBe("Remove Maria Lopez");

        var persona = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Persona");
        await page.InvokeAsync(() => persona.Instance.ValueChanged.InvokeAsync(nameof(Persona.Powerbroker)));

        page.WaitForAssertion(() =>
        {
            var missing = page.Find(".missing-personas").TextContent;
            missing.ShouldContain(TeamBalance.RiskWithout(Persona.Convener));
            missing.ShouldNotContain(TeamBalance.RiskWithout(Persona.Powerbroker));
        }, DatabaseWait);
        await using var db = Database.NewDbContext();
        (await db.TeamMembers.SingleAsync(m => m.Id == maria.Id)).Persona.ShouldBe(Persona.Powerbroker);
    }

    [Fact]
    public async Task EmptyTeam_SaysWhatToDoNext_AndOffersToAddAMember()
    {
        var (planId, userId) = await PlanWithTeamAsync(OrganizationRole.Staff);
        SignInAs(userId);

        var page = Render<TeamPage>(p => p.Add(x => x.PlanId, planId));

        page.WaitForAssertion(() => page.Find(".team-empty").TextContent.ShouldContain("Add a member"), DatabaseWait);
        page.Find("[data-progress]").GetAttribute("data-progress").ShouldBe(nameof(ToolProgress.NotStarted));
        page.FindAll("h2").Select(h => h.TextContent).ShouldBe(["Team members", "Team balance"]);

        page.Find(".add-member-button").Click();

        page.WaitForAssertion(() => page.Find(".add-member-form").TextContent.ShouldContain("What the personas mean"));
        page.FindComponents<MudSelect<Persona?>>().ShouldHaveSingleItem().Instance.Label.ShouldBe("Persona");
    }

    [Fact]
    public async Task AddForm_RefusesMissingAnswers_ThenAddsTheMemberAsACard()
    {
        var (planId, userId) = await PlanWithTeamAsync(OrganizationRole.Staff);
        SignInAs(userId);
        var page = Render<TeamPage>(p => p.Add(x => x.PlanId, planId));
        page.WaitForAssertion(() => page.Find(".add-member-button").Click(), DatabaseWait);

        page.FindAll(".add-member-form button").Single(b => b.TextContent.Trim() == "Add to the team").Click();
        page.WaitForAssertion(() => page.Markup.ShouldContain("Choose the persona that fits them best."));

        var form = page.FindComponent<AddTeamMemberForm>();
        var texts = form.FindComponents<MudTextField<string>>();
        await page.InvokeAsync(() => texts.Single(t => t.Instance.Label == "Name").Instance.ValueChanged.InvokeAsync("Maria Lopez"));
        await page.InvokeAsync(() => texts.Single(t => t.Instance.Label == "Organization").Instance.ValueChanged.InvokeAsync("River County"));
        await page.InvokeAsync(() => texts.Single(t => t.Instance.Label == "Role on the team").Instance.ValueChanged.InvokeAsync("chairs the meetings"));
        await page.InvokeAsync(() => form.FindComponent<MudSelect<OrganizationalType?>>().Instance.ValueChanged.InvokeAsync(OrganizationalType.Government));
        await page.InvokeAsync(() => form.FindComponent<MudSelect<Persona?>>().Instance.ValueChanged.InvokeAsync(Persona.Convener));
        await page.InvokeAsync(() => form.FindComponent<MudSelect<DecisionLevel?>>().Instance.ValueChanged.InvokeAsync(DecisionLevel.DecisionMaker));
        page.FindAll(".add-member-form button").Single(b => b.TextContent.Trim() == "Add to the team").Click();

        page.WaitForAssertion(() => page.Find(".team-member h3").TextContent.ShouldBe("Maria Lopez"), DatabaseWait);
        page.FindAll(".add-member-form").ShouldBeEmpty();
        page.Find(".team-status").TextContent.ShouldContain("Maria Lopez is on the team now.");
        page.Find("[data-progress]").GetAttribute("data-progress").ShouldBe(nameof(ToolProgress.InProgress));
        await using var db = Database.NewDbContext();
        (await db.TeamMembers.SingleAsync(m => m.PlanId == planId)).Role.ShouldBe("chairs the meetings");
    }

    [Fact]
    public async Task Partner_SeesTheTeamAndItsBalance_ButNoEditControls()
    {
        var (planId, userId) = await PlanWithTeamAsync(OrganizationRole.Partner, Member("Maria Lopez", Persona.Convener));
        SignInAs(userId);

        var page = Render<TeamPage>(p => p.Add(x => x.PlanId, planId));

        page.WaitForAssertion(() => page.Find(".team-member h3").TextContent.ShouldBe("Maria Lopez"), DatabaseWait);
        page.Find(".team-member-details").TextContent.ShouldContain("Convener");
        page.FindAll(".missing-personas li").Count.ShouldBe(3);
        page.FindAll("input").ShouldBeEmpty();
        page.FindAll("textarea").ShouldBeEmpty();
        page.FindAll(".add-member-button").ShouldBeEmpty();
        page.FindAll(".remove-member-button").ShouldBeEmpty();
        page.Markup.ShouldContain("You can read this plan as a coalition partner.");
    }
}
