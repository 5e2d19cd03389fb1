using JobQuality.Core.Common;

namespace JobQuality.Core.Organizations;

/// <summary>A person's single role in one organization.</summary>
public sealed class OrganizationMembership : AuditableEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public string UserId { get; set; } = "";
    public OrganizationRole Role { get; set; }
}
