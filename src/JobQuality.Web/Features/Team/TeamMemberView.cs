using JobQuality.Core.Team;

namespace JobQuality.Web.Features.Team;

/// <summary>One team member as the tool shows it, with the version to save from.</summary>
public sealed record TeamMemberView(
    Guid Id,
    Guid PlanId,
    string Name,
    string Organization,
    string? Contact,
    OrganizationalType OrganizationalType,
    Persona Persona,
    DecisionLevel DecisionLevel,
    string Role,
    Guid? BackupMemberId,
    uint Version)
{
    public static TeamMemberView From(TeamMember m) => new(
        m.Id, m.PlanId, m.Name, m.Organization, m.Contact, m.OrganizationalType, m.Persona, m.DecisionLevel, m.Role, m.BackupMemberId, m.Version);

    /// <summary>The member as the named text fields an autosaver edits (see <see cref="TeamMemberFields"/>).</summary>
    public IReadOnlyDictionary<string, string> ToFields() => new Dictionary<string, string>
    {
        [TeamMemberFields.Name] = Name,
        [TeamMemberFields.Organization] = Organization,
        [TeamMemberFields.Contact] = Contact ?? "",
        [TeamMemberFields.Role] = Role,
        [TeamMemberFields.OrganizationalType] = OrganizationalType.ToString(),
        [TeamMemberFields.Persona] = Persona.ToString(),
        [TeamMemberFields.DecisionLevel] = DecisionLevel.ToString(),
        [TeamMemberFields.BackupMemberId] = BackupMemberId?.ToString() ?? "",
    };
}

/// <summary>
/// The names of a member's fields when edited as text (the autosaver's record and <see cref="SaveTeamMember.Command"/>'s
/// properties use the same names, so a refused field shows its message in the right place).
/// </summary>
public static class TeamMemberFields
{
    public const string Name = nameof(TeamMember.Name);
    public const string Organization = nameof(TeamMember.Organization);
    public const string Contact = nameof(TeamMember.Contact);
    public const string Role = nameof(TeamMember.Role);
    public const string OrganizationalType = nameof(TeamMember.OrganizationalType);
    public const string Persona = nameof(TeamMember.Persona);
    public const string DecisionLevel = nameof(TeamMember.DecisionLevel);
    public const string BackupMemberId = nameof(TeamMember.BackupMemberId);

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [Name] = "Name",
        [Organization] = "Organization",
        [Contact] = "Contact",
        [Role] = "Role on the team",
        [OrganizationalType] = "Kind of organization",
        [Persona] = "Persona",
        [DecisionLevel] = "Decision-making level",
        [BackupMemberId] = "Backup",
    };

    /// <summary>
    /// A member as currently typed, for the live balance: fields that do not parse (not possible from the page's
    /// selects) fall back to what was loaded.
    /// </summary>
    public static TeamMember ToMember(TeamMemberView loaded, IReadOnlyDictionary<string, string> values) => new()
    {
        Id = loaded.Id,
        PlanId = loaded.PlanId,
        Name = values.GetValueOrDefault(Name, loaded.Name),
        Organization = values.GetValueOrDefault(Organization, loaded.Organization),
        Contact = values.GetValueOrDefault(Contact, loaded.Contact ?? ""),
        Role = values.GetValueOrDefault(Role, loaded.Role),
        OrganizationalType = TeamText.TryParse<OrganizationalType>(values.GetValueOrDefault(OrganizationalType), out var type) ? type : loaded.OrganizationalType,
        Persona = TeamText.TryParse<Persona>(values.GetValueOrDefault(Persona), out var persona) ? persona : loaded.Persona,
        DecisionLevel = TeamText.TryParse<DecisionLevel>(values.GetValueOrDefault(DecisionLevel), out var level) ? level : loaded.DecisionLevel,
        BackupMemberId = Guid.TryParse(values.GetValueOrDefault(BackupMemberId), out var backup) ? backup : null,
    };
}
