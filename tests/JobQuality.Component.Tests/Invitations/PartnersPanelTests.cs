using System.Collections.Concurrent;
using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Data.Identity;
using JobQuality.Web.Features.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace JobQuality.Component.Tests.Invitations;

public sealed class PartnersPanelTests : PageTest
{
    private readonly RecordingMailer _mailer = new();

    public PartnersPanelTests(SeededDatabase database) : base(database)
    {
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddSingleton<InvitationLinks>();
        Services.AddSingleton<IInvitationMailer>(_mailer);
        Services.AddScoped<ListInvitations.Handler>();
        Services.AddScoped<ListPartners.Handler>();
        Services.AddScoped<InvitePartner.Handler>();
        Services.AddScoped<RevokeInvitation.Handler>();
        Services.AddScoped<RemovePartnerFromPlan.Handler>();
    }

    private async Task<(string UserId, Guid PlanId)> StaffWithAPlanAsync()
    {
        var (slug, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Staff, "Harbor plan");
        await using var db = Database.NewDbContext();
        var organizationId = await db.Organizations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
        var planId = await db.Plans.Where(p => p.OrganizationId == organizationId).Select(p => p.Id).SingleAsync();
        return (userId, planId);
    }

    private IRenderedComponent<PartnersPanel> RenderPanel(Guid planId) =>
        Render<PartnersPanel>(p => p.Add(x => x.PlanId, planId).Add(x => x.OrganizationName, "Test Workforce Board"));

    private static async Task TypeEmailAsync(IRenderedComponent<PartnersPanel> panel, string email)
    {
        var field = panel.FindComponents<MudTextField<string>>().Single(t => t.Instance.Label == "Partner's email address");
        await panel.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync(email));
    }

    [Fact]
    public async Task NothingYet_SaysWhatBelongsInEachList_AndOffersALink()
    {
        var (userId, planId) = await StaffWithAPlanAsync();
        SignInAs(userId);

        var panel = RenderPanel(planId);

        panel.WaitForAssertion(() => panel.Find(".partners-empty").TextContent.ShouldContain("No partners yet"), DatabaseWait);
        panel.Find(".pending-empty").TextContent.ShouldContain("No invitations are waiting");
        panel.Find("h2").TextContent.ShouldBe("Partners");
        panel.Find(".invite-button").TextContent.Trim().ShouldBe("Create invitation link");
        panel.Markup.ShouldContain("You get a link to send them yourself");
    }

    [Fact]
    public async Task Inviting_ShowsTheLinkOnceWithACopyButton_ListsItWithItsExpiry_AndRevokeStopsIt()
    {
        var (userId, planId) = await StaffWithAPlanAsync();
        SignInAs(userId);
        var panel = RenderPanel(planId);
        panel.WaitForAssertion(() => panel.Find(".pending-empty"), DatabaseWait);

        await TypeEmailAsync(panel, "dana@harbor-college.test");
        panel.Find(".invite-button").Click();

        panel.WaitForAssertion(() => panel.Find(".invitation-link").TextContent.ShouldContain("Send this link to dana@harbor-college.test"), DatabaseWait);
        var link = panel.Find("#invitation-link").GetAttribute("value")!;
        link.ShouldStartWith("http://localhost/invitations/");
        panel.Find(".copy-link-button").Click();
        panel.WaitForAssertion(() => JSInterop.VerifyInvoke("navigator.clipboard.writeText").Arguments.ShouldBe([link]));
        var pending = panel.Find(".pending-invitations");
        pending.TextContent.ShouldContain("dana@harbor-college.test");
        pending.TextContent.ShouldContain("expires in 6 days");
        pending.TextContent.ShouldNotContain(link);

        panel.FindAll(".pending-invitations button").Single().GetAttribute("aria-label").ShouldBe("Revoke the invitation to dana@harbor-college.test");
        panel.Find(".pending-invitations button").Click();

        panel.WaitForAssertion(() => panel.Find(".pending-empty"), DatabaseWait);
        panel.FindAll(".invitation-link").ShouldBeEmpty();
        panel.Find(".earlier-invitations").TextContent.ShouldContain("Revoked");
        await using var db = Database.NewDbContext();
        (await db.PlanInvitations.SingleAsync(i => i.PlanId == planId)).RevokedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task ABadAddress_IsExplainedUnderTheField()
    {
        var (userId, planId) = await StaffWithAPlanAsync();
        SignInAs(userId);
        var panel = RenderPanel(planId);
        panel.WaitForAssertion(() => panel.Find(".pending-empty"), DatabaseWait);

        await TypeEmailAsync(panel, "not an address");
        panel.Find(".invite-button").Click();

        panel.WaitForAssertion(() => panel.Markup.ShouldContain("Enter one email address, like name@example.org."), DatabaseWait);
        panel.FindAll(".invitation-link").ShouldBeEmpty();
    }

    [Fact]
    public async Task OverTheHourlyLimit_SaysWhenUnderTheField_AndKeepsTheAddress()
    {
        var (userId, planId) = await StaffWithAPlanAsync();
        await using (var db = Database.NewDbContext())
        {
            var start = DateTimeOffset.UtcNow.AddMinutes(-30);
            for (var i = 0; i < InvitePartner.RateLimit; i++)
            {
                db.PlanInvitations.Add(Core.Invitations.PlanInvitation.Create(planId, $"partner{i}@x.test", userId, start.AddSeconds(i)).Invitation);
            }
            await db.SaveChangesAsync();
        }
        SignInAs(userId);
        var panel = RenderPanel(planId);
        panel.WaitForAssertion(() => panel.Find(".pending-invitations"), DatabaseWait);

        await TypeEmailAsync(panel, "dana@harbor-college.test");
        panel.Find(".invite-button").Click();

        panel.WaitForAssertion(() => panel.Find("#invite-email-error").TextContent.ShouldContain("You have sent 20 invitations in the last hour"), DatabaseWait);
        panel.Find("#invite-email-error").TextContent.ShouldContain("You can invite again in 30 minutes.");
        panel.Find("#invite-email").GetAttribute("value").ShouldBe("dana@harbor-college.test");
        panel.FindAll(".invitation-link").ShouldBeEmpty();
    }

    [Fact]
    public async Task WithAMailServer_TheInvitationIsEmailed_AndNoLinkIsShown()
    {
        _mailer.CanSend = true;
        var (userId, planId) = await StaffWithAPlanAsync();
        SignInAs(userId);
        var panel = RenderPanel(planId);
        panel.WaitForAssertion(() => panel.Find(".invite-button").TextContent.Trim().ShouldBe("Send invitation"), DatabaseWait);

        await TypeEmailAsync(panel, "dana@harbor-college.test");
        panel.Find(".invite-button").Click();

        panel.WaitForAssertion(() => panel.Markup.ShouldContain("We emailed an invitation to"), DatabaseWait);
        panel.FindAll("#invitation-link").ShouldBeEmpty();
        _mailer.Sent.ShouldHaveSingleItem().To.ShouldBe("dana@harbor-college.test");
    }

    [Fact]
    public async Task RemovingAPartner_AsksFirst_ThenTakesThemOff()
    {
        var (userId, planId) = await StaffWithAPlanAsync();
        string partnerId;
        await using (var db = Database.NewDbContext())
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == planId);
            var partner = new AppUser { UserName = $"{Guid.NewGuid():N}@union.test", Email = "pat@union.test", DisplayName = "Pat Partner" };
            db.Users.Add(partner);
            db.OrganizationMemberships.Add(new OrganizationMembership { OrganizationId = plan.OrganizationId, UserId = partner.Id, Role = OrganizationRole.Partner });
            db.PlanMembers.Add(new PlanMember { PlanId = planId, UserId = partner.Id });
            await db.SaveChangesAsync();
            partnerId = partner.Id;
        }
        SignInAs(userId);
        var dialogs = Render<MudDialogProvider>();
        var panel = RenderPanel(planId);
        panel.WaitForAssertion(() => panel.Find(".current-partners").TextContent.ShouldContain("Pat Partner"), DatabaseWait);

        panel.Find(".current-partners button").GetAttribute("aria-label").ShouldBe("Remove Pat Partner from this plan");
        panel.Find(".current-partners button").Click();
        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain("will no longer see this plan"));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Remove from plan").Click();

        panel.WaitForAssertion(() => panel.Find(".partners-empty"), DatabaseWait);
        await using var check = Database.NewDbContext();
        (await check.PlanMembers.CountAsync(m => m.UserId == partnerId)).ShouldBe(0);
    }

    private sealed class RecordingMailer : IInvitationMailer
    {
        public bool CanSend { get; set; }
        public ConcurrentQueue<InvitationMessage> Sent { get; } = new();

        public Task SendAsync(InvitationMessage message, CancellationToken ct = default)
        {
            Sent.Enqueue(message);
            return Task.CompletedTask;
        }
    }
}
