namespace JobQuality.Core.Organizations;

/// <summary>What a person may do in one workforce board's space.</summary>
public enum OrganizationRole
{
    /// <summary>Manages the organization's people; sees and edits every plan.</summary>
    Admin = 0,

    /// <summary>Leads the work: sees and edits every plan, approves action plans.</summary>
    Director = 1,

    /// <summary>Board staff: sees and edits every plan of the organization.</summary>
    Staff = 2,

    /// <summary>A coalition partner: sees only the plans they were added to, never participant-level data.</summary>
    Partner = 3,
}

public static class OrganizationRoles
{
    /// <summary>Roles that see every plan of their organization (everyone but partners).</summary>
    public static bool SeesAllPlans(this OrganizationRole role) => role != OrganizationRole.Partner;

    /// <summary>Roles that may change a plan's content and settings.</summary>
    public static bool CanEditPlans(this OrganizationRole role) => role != OrganizationRole.Partner;

    /// <summary>Roles that may see and draft the organization's job quality standards (partners never see them).</summary>
    public static bool CanEditStandards(this OrganizationRole role) => role != OrganizationRole.Partner;

    /// <summary>Roles that may put a version of the standards in force: directors and administrators.</summary>
    public static bool CanPublishStandards(this OrganizationRole role) => role is OrganizationRole.Director or OrganizationRole.Admin;

    /// <summary>Roles that may approve a plan's action plan: directors only.</summary>
    public static bool CanApproveActionPlans(this OrganizationRole role) => role == OrganizationRole.Director;

    public static bool CanManageUsers(this OrganizationRole role) => role == OrganizationRole.Admin;

    /// <summary>Roles that may load and see participant-level data (placements): never coalition partners.</summary>
    public static bool SeesParticipantData(this OrganizationRole role) => role != OrganizationRole.Partner;

    public static string DisplayName(this OrganizationRole role) => role switch
    {
        OrganizationRole.Admin => "Administrator",
        OrganizationRole.Director => "Director",
        OrganizationRole.Staff => "Staff",
        OrganizationRole.Partner => "Coalition partner",
        _ => role.ToString(),
    };
}
