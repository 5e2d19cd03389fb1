using JobQuality.Core.Team;

namespace JobQuality.Core.Tests.Team;

public sealed class TeamBalanceTests
{
    private static TeamMember Member(Persona persona, OrganizationalType type, DecisionLevel level = DecisionLevel.DecisionMaker) =>
        new() { Name = persona.ToString(), Organization = type.ToString(), Persona = persona, OrganizationalType = type, DecisionLevel = level, Role = "Lead" };

    /// <summary>One member per persona and per organizational type, each backing up the next.</summary>
    private static List<TeamMember> BalancedTeam()
    {
        var team = new List<TeamMember>
        {
            Member(Persona.Convener, OrganizationalType.WorkforceDevelopment),
            Member(Persona.Powerbroker, OrganizationalType.Government),
            Member(Persona.Advocate, OrganizationalType.WorkerVoiceOrRepresentation),
            Member(Persona.Connector, OrganizationalType.CommunityBasedOrganization),
            Member(Persona.Connector, OrganizationalType.Industry, DecisionLevel.DirectLineToDecisionMaker),
        };
        return ChainBackups(team);
    }

    /// <summary>Each member is backed up by the next one, the last by the first.</summary>
    private static List<TeamMember> ChainBackups(List<TeamMember> team)
    {
        for (var i = 0; i < team.Count; i++) team[i].BackupMemberId = team[(i + 1) % team.Count].Id;
        return team;
    }

    [Fact]
    public void BalancedTeam_HasNothingMissing()
    {
        TeamBalance.Of(BalancedTeam()).IsBalanced.ShouldBeTrue();
    }

    [Fact]
    public void TeamWithoutAConvener_IsWarnedThatDeadlinesSlip()
    {
        var team = ChainBackups(BalancedTeam().Where(m => m.Persona != Persona.Convener).ToList());

        var missing = TeamBalance.Of(team).MissingPersonas.ShouldHaveSingleItem();

        missing.Persona.ShouldBe(Persona.Convener);
        missing.Risk.ShouldContain("deadlines slip");
    }

    [Fact]
    public void TeamWithoutAPowerbroker_IsWarnedThatPrioritiesGetOverlooked()
    {
        var team = BalancedTeam();
        team[1].Persona = Persona.Advocate;

        TeamBalance.Of(team).MissingPersonas.ShouldHaveSingleItem().Risk.ShouldContain("overlooked");
    }

    [Fact]
    public void MissingOrganizationalTypes_AreListed()
    {
        var team = BalancedTeam();
        team[4].OrganizationalType = OrganizationalType.Government;

        TeamBalance.Of(team).MissingOrganizationalTypes.ShouldBe([OrganizationalType.Industry]);
    }

    [Fact]
    public void RolesWithoutABackup_AreListed_IncludingSelfAndDepartedBackups()
    {
        var team = BalancedTeam();
        team[0].BackupMemberId = null;
        team[1].BackupMemberId = team[1].Id;
        team[2].BackupMemberId = Guid.NewGuid();

        TeamBalance.Of(team).RolesWithoutBackup.ShouldBe([team[0], team[1], team[2]]);
    }

    [Fact]
    public void MembersWithNoLineToADecisionMaker_AreListed()
    {
        var team = BalancedTeam();
        team[3].DecisionLevel = DecisionLevel.Neither;

        TeamBalance.Of(team).MembersWithoutLineToDecisionMaker.ShouldBe([team[3]]);
    }

    [Fact]
    public void EmptyTeam_MissesEveryPersonaAndType()
    {
        var balance = TeamBalance.Of([]);

        balance.MissingPersonas.Count.ShouldBe(4);
        balance.MissingOrganizationalTypes.Count.ShouldBe(5);
    }
}
