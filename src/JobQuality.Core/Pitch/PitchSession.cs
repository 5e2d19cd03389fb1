using JobQuality.Core.Common;
using JobQuality.Core.History;

namespace JobQuality.Core.Pitch;

/// <summary>One time the team pitched its canvas: to whom, when, and (optionally) which named snapshot of the plan it showed.</summary>
public sealed class PitchSession : AuditableEntity, IPlanRow, IHasHistory
{
    public const int AudienceMaxLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }

    /// <summary>Who listened, e.g. "Employer breakfast: six home care agency owners".</summary>
    public string Audience { get; set; } = "";

    public DateOnly HeldOn { get; set; }

    /// <summary>The plan snapshot that was pitched, if the team took one; cleared if the snapshot is deleted.</summary>
    public Guid? SnapshotId { get; set; }

    public uint Version { get; set; }

    Guid IHasHistory.HistoryPlanId => PlanId;

    string IHasHistory.HistoryEntityId => Id.ToString();
}

/// <summary>
/// One piece of feedback from a pitch, on one of the seven dimensions. Once applied to the canvas it points at the item it
/// created or changed, so both the feedback and the item can say where the change came from.
/// </summary>
public sealed class PitchFeedback : AuditableEntity, IPlanRow, IHasHistory
{
    public const int TextMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public Guid SessionId { get; set; }
    public PitchDimension Dimension { get; set; }
    public string Text { get; set; } = "";

    /// <summary>The canvas item this feedback was turned into; cleared if that item is deleted.</summary>
    public Guid? AppliedItemId { get; set; }

    public uint Version { get; set; }

    Guid IHasHistory.HistoryPlanId => PlanId;

    string IHasHistory.HistoryEntityId => Id.ToString();
}
