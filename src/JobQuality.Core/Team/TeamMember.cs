using JobQuality.Core.Common;
using JobQuality.Core.History;

namespace JobQuality.Core.Team;

/// <summary>The kind of organization a coalition member comes from.</summary>
public enum OrganizationalType
{
    WorkforceDevelopment,
    WorkerVoiceOrRepresentation,
    Industry,
    Government,
    CommunityBasedOrganization,
}

/// <summary>The part a person plays in moving the coalition's work forward.</summary>
public enum Persona
{
    /// <summary>Has access to permission structures and gives the work cover.</summary>
    Powerbroker,

    /// <summary>Raises issues, brings worker voice, spreads the plan.</summary>
    Advocate,

    /// <summary>Knows everyone and brings stakeholders in.</summary>
    Connector,

    /// <summary>Hosts and leads, keeps the schedule.</summary>
    Convener,
}

/// <summary>How close a member is to decisions in their own organization.</summary>
public enum DecisionLevel
{
    DecisionMaker,
    DirectLineToDecisionMaker,
    Neither,
}

/// <summary>A person on a plan's coalition team.</summary>
public sealed class TeamMember : AuditableEntity, IConcurrencyVersioned, IHasHistory
{
    public const int NameMaxLength = 120;
    public const int OrganizationMaxLength = 200;
    public const int RoleMaxLength = 200;
    public const int ContactMaxLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public string Name { get; set; } = "";
    public string Organization { get; set; } = "";
    public string? Contact { get; set; }
    public OrganizationalType OrganizationalType { get; set; }
    public Persona Persona { get; set; }
    public DecisionLevel DecisionLevel { get; set; }

    /// <summary>What this member does for the coalition.</summary>
    public string Role { get; set; } = "";

    /// <summary>Who steps in when this member cannot: every role needs one.</summary>
    public Guid? BackupMemberId { get; set; }

    public uint Version { get; set; }

    Guid IHasHistory.HistoryPlanId => PlanId;

    string IHasHistory.HistoryEntityId => Id.ToString();
}
