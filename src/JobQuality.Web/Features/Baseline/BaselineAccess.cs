using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Baseline;

/// <summary>
/// Who may do what with an organization's baseline. Everyone in the organization reads it, coalition partners included:
/// it holds only counts of groups, with small groups withheld, never a placement or a participant. Staff, directors
/// and administrators set goals; directors and administrators decide the minimum cell size.
/// </summary>
public static class BaselineAccess
{
    public static bool CanEditGoals(this OrganizationRole role) => role != OrganizationRole.Partner;

    public static bool CanSetMinCellSize(this OrganizationRole role) => role is OrganizationRole.Director or OrganizationRole.Admin;

    /// <summary>The organization if the caller belongs to it (any role); null, logged, otherwise.</summary>
    public static Task<OrganizationAccess?> FindBaselineAsync(this AccessControl access, AppDbContext db, string slug, CancellationToken ct) =>
        access.FindOrganizationAsync(db, slug, ct);
}
