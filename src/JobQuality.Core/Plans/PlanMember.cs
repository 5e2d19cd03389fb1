using JobQuality.Core.Common;

namespace JobQuality.Core.Plans;

/// <summary>
/// A coalition partner given access to one plan. Staff and directors see every plan of their
/// organization and need no row here.
/// </summary>
public sealed class PlanMember : AuditableEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public Plan? Plan { get; set; }
    public string UserId { get; set; } = "";
}
