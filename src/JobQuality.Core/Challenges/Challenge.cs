using JobQuality.Core.Common;
using JobQuality.Core.History;

namespace JobQuality.Core.Challenges;

/// <summary>Where the team stands on a challenge in its register.</summary>
public enum ChallengeStatus
{
    Open,
    BeingAddressed,
    Resolved,
}

/// <summary>One entry of a plan's challenges register: an obstacle the team expects or meets, its response, who owns it.</summary>
public sealed class Challenge : AuditableEntity, IPlanRow, IHasHistory
{
    public const int TitleMaxLength = 200;
    public const int ResponseMaxLength = 2000;
    public const int NotesMaxLength = 2000;
    public const int LibraryKeyMaxLength = 40;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public string Title { get; set; } = "";
    public string Response { get; set; } = "";
    public string Notes { get; set; } = "";
    public ChallengeStatus Status { get; set; }

    /// <summary>The team member who keeps an eye on it; cleared if they leave the team.</summary>
    public Guid? OwnerMemberId { get; set; }

    /// <summary>The starter it was copied from (see <see cref="ChallengeLibrary"/>), or null for one the team wrote.</summary>
    public string? LibraryKey { get; set; }

    public uint Version { get; set; }

    Guid IHasHistory.HistoryPlanId => PlanId;

    string IHasHistory.HistoryEntityId => Id.ToString();
}
