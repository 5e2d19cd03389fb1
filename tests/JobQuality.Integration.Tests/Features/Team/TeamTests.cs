using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.History;
using JobQuality.Core.Organizations;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Team;

public sealed class TeamTests(AppFactory app) : AppTest(app)
{
    private static object NewMember(string name, string type = "Government", string persona = "Convener", string level = "DecisionMaker") => new
    {
        name,
        organization = $"{name}'s organization",
        contact = $"{name.Split(' ')[0].ToLowerInvariant()}@example.org",
        organizationalType = type,
        persona,
        decisionLevel = level,
        role = "chairs the meetings",
    };

    private static object Edit(Member member, string? name = null, string? persona = null, string? level = null, Guid? backup = null) => new
    {
        version = member.Version,
        name = name ?? member.Name,
        organization = member.Organization,
        contact = member.Contact,
        role = member.Role,
        organizationalType = member.OrganizationalType,
        persona = persona ?? member.Persona,
        decisionLevel = level ?? member.DecisionLevel,
        backupMemberId = backup ?? member.BackupMemberId,
    };

    private static async Task<Member> AddAsync(Browser browser, Guid planId, object body)
    {
        var response = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/team", body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Member>())!;
    }

    [Fact]
    public async Task AddMember_StoresIt_ListsItInOrder_AndWritesHistory()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;

        var maria = await AddAsync(browser, planId, NewMember("Maria Lopez"));
        await AddAsync(browser, planId, NewMember("Sam Okafor", "Industry", "Connector"));

        var team = await browser.Client.GetFromJsonAsync<Team>($"/api/plans/{planId}/team");
        team!.Members.Select(m => m.Name).ShouldBe(["Maria Lopez", "Sam Okafor"]);
        team.Members[0].OrganizationalType.ShouldBe("Government");
        team.Members[0].Contact.ShouldBe("maria@example.org");
        await using var db = App.NewDbContext();
        (await db.ChangeRecords.CountAsync(c => c.PlanId == planId && c.EntityType == "TeamMember" && c.EntityId == maria.Id.ToString()
            && c.Kind == ChangeKind.Added)).ShouldBe(1);
    }

    [Fact]
    public async Task AddMember_WithoutNameOrChoices_IsRefusedNamingTheFields()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;

        var response = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/team", new { name = "", organization = "Board", role = new string('x', 201) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadAsStringAsync();
        problem.ShouldContain("Give the person's name.");
        problem.ShouldContain("Choose the persona that fits them best.");
        problem.ShouldContain("Keep the role to 200 characters or fewer.");
        await using var db = App.NewDbContext();
        (await db.TeamMembers.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task SaveMember_ChangesEveryField_AndRecordsTheChange()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var maria = await AddAsync(browser, planId, NewMember("Maria Lopez"));
        var sam = await AddAsync(browser, planId, NewMember("Sam Okafor"));

        var response = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/team/{maria.Id}",
            Edit(maria, name: "Maria López", persona: "Advocate", level: "Neither", backup: sam.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<Member>())!.Version.ShouldNotBe(maria.Version);
        await using var db = App.NewDbContext();
        var saved = await db.TeamMembers.SingleAsync(m => m.Id == maria.Id);
        saved.Name.ShouldBe("Maria López");
        saved.Persona.ShouldBe(Core.Team.Persona.Advocate);
        saved.DecisionLevel.ShouldBe(Core.Team.DecisionLevel.Neither);
        saved.BackupMemberId.ShouldBe(sam.Id);
        var change = await db.ChangeRecords.SingleAsync(c => c.EntityType == "TeamMember" && c.EntityId == maria.Id.ToString() && c.Kind == ChangeKind.Modified);
        change.Changes.ShouldContain("BackupMemberId");
        change.Changes.ShouldContain("Persona");
    }

    [Fact]
    public async Task SaveFromAStaleVersion_IsAConflictWithTheirVersion_AndNothingIsOverwritten()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var maria = await AddAsync(browser, planId, NewMember("Maria Lopez"));
        (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/team/{maria.Id}", Edit(maria, name: "Maria by the first person")))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var stale = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/team/{maria.Id}", Edit(maria, name: "Maria by the second person"));

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var theirs = (await stale.Content.ReadFromJsonAsync<Member>())!;
        theirs.Name.ShouldBe("Maria by the first person");
        theirs.Version.ShouldNotBe(maria.Version);
        await using var db = App.NewDbContext();
        (await db.TeamMembers.SingleAsync()).Name.ShouldBe("Maria by the first person");
    }

    [Fact]
    public async Task Backup_MustBeSomeoneElseOnThisTeam()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var maria = await AddAsync(browser, planId, NewMember("Maria Lopez"));
        // Someone on another plan of the same board is not on this team.
        Organization board;
        await using (var setup = App.NewDbContext()) board = await setup.Organizations.SingleAsync();
        var otherPlan = await Data.PlanAsync(board, "Other plan");
        var stranger = await AddAsync(browser, otherPlan.Id, NewMember("Stranger"));

        var toStranger = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/team/{maria.Id}", Edit(maria, backup: stranger.Id));
        var toHerself = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/team/{maria.Id}", Edit(maria, backup: maria.Id));

        toStranger.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await toStranger.Content.ReadAsStringAsync()).ShouldContain("BackupMemberId");
        toHerself.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = App.NewDbContext();
        (await db.TeamMembers.SingleAsync(m => m.Id == maria.Id)).BackupMemberId.ShouldBeNull();
    }

    [Fact]
    public async Task RemoveMember_TakesThemOff_LeavesWhomTheyBackedUpWithoutABackup_AndRecordsIt()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var maria = await AddAsync(browser, planId, NewMember("Maria Lopez"));
        var sam = await AddAsync(browser, planId, NewMember("Sam Okafor"));
        (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/team/{maria.Id}", Edit(maria, backup: sam.Id))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await browser.Client.DeleteAsync($"/api/plans/{planId}/team/{sam.Id}?version={sam.Version}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var team = await browser.Client.GetFromJsonAsync<Team>($"/api/plans/{planId}/team");
        team!.Members.ShouldHaveSingleItem().BackupMemberId.ShouldBeNull();
        team.Balance.RolesWithoutBackup.ShouldBe([maria.Id]);
        await using var db = App.NewDbContext();
        (await db.ChangeRecords.CountAsync(c => c.EntityType == "TeamMember" && c.EntityId == sam.Id.ToString() && c.Kind == ChangeKind.Deleted)).ShouldBe(1);
        // The cleared backup is in the history too, so it can be seen and restored.
        (await db.ChangeRecords.Where(c => c.EntityId == maria.Id.ToString() && c.Kind == ChangeKind.Modified).Select(c => c.Changes).ToListAsync())
            .ShouldContain(changes => changes.Contains("BackupMemberId") && changes.Replace(" ", "").Contains("\"after\":null"));
    }

    [Fact]
    public async Task RemoveFromAStaleVersion_IsAConflict_AndKeepsTheMember()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var maria = await AddAsync(browser, planId, NewMember("Maria Lopez"));
        (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/team/{maria.Id}", Edit(maria, name: "Maria L."))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await browser.Client.DeleteAsync($"/api/plans/{planId}/team/{maria.Id}?version={maria.Version}");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<Member>())!.Name.ShouldBe("Maria L.");
        await using var db = App.NewDbContext();
        (await db.TeamMembers.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task PartnerOnThePlan_CanReadTheTeamButNotChangeIt()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        var partner = await Data.UserAsync("partner@north.test", board, OrganizationRole.Partner);
        var plan = await Data.PlanAsync(board, "North plan", partner);
        using var staff = NewBrowser();
        await staff.SignInOrFailAsync("staff@north.test");
        var maria = await AddAsync(staff, plan.Id, NewMember("Maria Lopez"));
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("partner@north.test");

        (await browser.Client.GetFromJsonAsync<Team>($"/api/plans/{plan.Id}/team"))!.Members.ShouldHaveSingleItem().Name.ShouldBe("Maria Lopez");
        (await browser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/team", NewMember("Sam Okafor"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.PutAsJsonAsync($"/api/plans/{plan.Id}/team/{maria.Id}", Edit(maria, name: "Changed"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.DeleteAsync($"/api/plans/{plan.Id}/team/{maria.Id}?version={maria.Version}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var db = App.NewDbContext();
        (await db.TeamMembers.SingleAsync()).Name.ShouldBe("Maria Lopez");
    }

    [Fact]
    public async Task ArchivedPlan_TeamCanBeReadButNotChanged()
    {
        var (browser, planId) = await SignedInWithAPlanAsync(OrganizationRole.Director);
        using var _ = browser;
        var maria = await AddAsync(browser, planId, NewMember("Maria Lopez"));
        await using (var setup = App.NewDbContext())
        {
            var plan = await setup.Plans.SingleAsync(p => p.Id == planId);
            plan.ArchivedAt = DateTimeOffset.UtcNow;
            await setup.SaveChangesAsync();
        }

        (await browser.Client.GetAsync($"/api/plans/{planId}/team")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/team", NewMember("Sam Okafor"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/team/{maria.Id}", Edit(maria, name: "Changed"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.Client.DeleteAsync($"/api/plans/{planId}/team/{maria.Id}?version={maria.Version}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnotherOrganizationsPlan_IsNotFound_ForReadingAndWriting()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var maria = await AddAsync(browser, planId, NewMember("Maria Lopez"));
        var south = await Data.OrganizationAsync("south");
        await Data.UserAsync("someone@south.test", south, OrganizationRole.Director);
        using var outsider = NewBrowser();
        await outsider.SignInOrFailAsync("someone@south.test");

        (await outsider.Client.GetAsync($"/api/plans/{planId}/team")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.Client.PostAsJsonAsync($"/api/plans/{planId}/team", NewMember("Sam Okafor"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.Client.PutAsJsonAsync($"/api/plans/{planId}/team/{maria.Id}", Edit(maria, name: "Changed"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.Client.DeleteAsync($"/api/plans/{planId}/team/{maria.Id}?version={maria.Version}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var db = App.NewDbContext();
        (await db.TeamMembers.SingleAsync()).Name.ShouldBe("Maria Lopez");
    }

    [Fact]
    public async Task GetTeam_ReportsWhatTheTeamIsMissing_UntilItIsBalanced()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var convener = await AddAsync(browser, planId, NewMember("Maria Lopez", "Government", "Convener", "DecisionMaker"));
        var connector = await AddAsync(browser, planId, NewMember("Sam Okafor", "Industry", "Connector", "Neither"));

        var team = (await browser.Client.GetFromJsonAsync<Team>($"/api/plans/{planId}/team"))!;

        team.Balance.IsBalanced.ShouldBeFalse();
        team.Balance.MissingPersonas.Select(p => p.Persona).ShouldBe(["Powerbroker", "Advocate"]);
        team.Balance.MissingPersonas[0].Risk.ShouldContain("powerbroker");
        team.Balance.MissingOrganizationalTypes.ShouldBe(["WorkforceDevelopment", "WorkerVoiceOrRepresentation", "CommunityBasedOrganization"]);
        team.Balance.RolesWithoutBackup.ShouldBe([convener.Id, connector.Id], ignoreOrder: true);
        team.Balance.MembersWithoutLineToDecisionMaker.ShouldBe([connector.Id]);

        // Complete the team: every persona and kind of organization, everyone backed up and near a decision-maker.
        var advocate = await AddAsync(browser, planId, NewMember("Ana Reyes", "WorkerVoiceOrRepresentation", "Advocate", "DirectLineToDecisionMaker"));
        var powerbroker = await AddAsync(browser, planId, NewMember("Lee Park", "WorkforceDevelopment", "Powerbroker", "DecisionMaker"));
        var neighbour = await AddAsync(browser, planId, NewMember("Jo Brown", "CommunityBasedOrganization", "Convener", "DecisionMaker"));
        Member[] everyone = [convener, connector, advocate, powerbroker, neighbour];
        for (var i = 0; i < everyone.Length; i++)
        {
            var member = everyone[i];
            var body = Edit(member, level: member == connector ? "DirectLineToDecisionMaker" : null, backup: everyone[(i + 1) % everyone.Length].Id);
            (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/team/{member.Id}", body)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        team = (await browser.Client.GetFromJsonAsync<Team>($"/api/plans/{planId}/team"))!;
        team.Balance.IsBalanced.ShouldBeTrue();
        team.Balance.MissingPersonas.ShouldBeEmpty();
    }

    private sealed record Member(
        Guid Id, string Name, string Organization, string? Contact, string OrganizationalType, string Persona, string DecisionLevel,
        string Role, Guid? BackupMemberId, uint Version);

    private sealed record MissingPersona(string Persona, string Risk);

    private sealed record Balance(
        bool IsBalanced, List<MissingPersona> MissingPersonas, List<string> MissingOrganizationalTypes,
        List<Guid> RolesWithoutBackup, List<Guid> MembersWithoutLineToDecisionMaker);

    private sealed record Team(List<Member> Members, Balance Balance);
}
