namespace JobQuality.Core.Team;

/// <summary>
/// What a coalition team is missing, in the terms of the Starter Guide: personas and kinds of organization nobody
/// brings, roles nobody backs up, and members with no line to a decision-maker. Recomputed live as the team changes.
/// </summary>
public sealed record TeamBalance(
    IReadOnlyList<MissingPersona> MissingPersonas,
    IReadOnlyList<OrganizationalType> MissingOrganizationalTypes,
    IReadOnlyList<TeamMember> RolesWithoutBackup,
    IReadOnlyList<TeamMember> MembersWithoutLineToDecisionMaker)
{
    public bool IsBalanced => MissingPersonas.Count == 0 && MissingOrganizationalTypes.Count == 0
        && RolesWithoutBackup.Count == 0 && MembersWithoutLineToDecisionMaker.Count == 0;

    public static TeamBalance Of(IReadOnlyCollection<TeamMember> members)
    {
        var ids = members.Select(m => m.Id).ToHashSet();
        return new TeamBalance(
            Enum.GetValues<Persona>().Where(p => members.All(m => m.Persona != p)).Select(p => new MissingPersona(p, RiskWithout(p))).ToList(),
            Enum.GetValues<OrganizationalType>().Where(t => members.All(m => m.OrganizationalType != t)).ToList(),
            // A backup must be someone else who is still on the team.
            members.Where(m => m.BackupMemberId is not { } backup || backup == m.Id || !ids.Contains(backup)).ToList(),
            members.Where(m => m.DecisionLevel == DecisionLevel.Neither).ToList());
    }

    /// <summary>What tends to go wrong when nobody plays <paramref name="persona"/>.</summary>
    public static string RiskWithout(Persona persona) => persona switch
    {
        Persona.Convener => "Without a convener, meetings drift and deadlines slip.",
        Persona.Powerbroker => "Without a powerbroker, the team's priorities can be overlooked by the people who approve them.",
        Persona.Advocate => "Without an advocate, workers' own voices may be missing and the plan may not travel beyond the room.",
        Persona.Connector => "Without a connector, stakeholders who matter may never be brought in.",
        _ => "",
    };
}

public sealed record MissingPersona(Persona Persona, string Risk);
