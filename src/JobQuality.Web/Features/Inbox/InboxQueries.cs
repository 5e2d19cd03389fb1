using JobQuality.Core.Notifications;
using JobQuality.Core.Organizations;
using JobQuality.Data;

namespace JobQuality.Web.Features.Inbox;

/// <summary>Which notifications a person's inbox shows.</summary>
internal static class InboxQueries
{
    /// <summary>
    /// The person's own notifications, about plans they may open now: a partner taken off a plan no longer sees what
    /// happened in it. An invitation is shown while its link has not been revoked (the recipient cannot open the plan
    /// before accepting it).
    /// </summary>
    public static IQueryable<Notification> Mine(AppDbContext db, string userId) =>
        db.Notifications.Where(n => n.RecipientId == userId
            && (n.Kind == NotificationKind.Invitation
                ? db.PlanInvitations.Any(i => i.Id == n.InvitationId && i.RevokedAt == null)
                : db.Plans.Any(p => p.Id == n.PlanId
                    && db.OrganizationMemberships.Any(m => m.UserId == userId && m.OrganizationId == p.OrganizationId
                        && (m.Role != OrganizationRole.Partner || db.PlanMembers.Any(pm => pm.PlanId == p.Id && pm.UserId == userId))))));
}
