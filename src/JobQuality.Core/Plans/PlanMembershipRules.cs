using JobQuality.Core.Organizations;

namespace JobQuality.Core.Plans;

public static class PlanMembershipRules
{
    /// <summary>
    /// Why a person cannot be added to a plan of an organization where they hold <paramref name="role"/>
    /// (null: they are not in it), or null when they can.
    /// </summary>
    public static string? WhyCannotAdd(OrganizationRole? role) => role switch
    {
        null => "That person is not part of this plan's organization.",
        OrganizationRole.Partner => null,
        _ => "Only coalition partners are added to plans one by one; staff, directors and administrators already see every plan.",
    };
}
