using JobQuality.Core.Invitations;

namespace JobQuality.Web.Features.Invitations;

/// <summary>What lists show of an invitation: never its link, which is not stored.</summary>
public sealed record InvitationView(
    Guid Id,
    Guid PlanId,
    string Email,
    InvitationStatus Status,
    string StatusText,
    string InvitedByName,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? AcceptedAt,
    string? AcceptedByName,
    DateTimeOffset? RevokedAt)
{
    public static InvitationView From(PlanInvitation invitation, DateTimeOffset now, string invitedByName, string? acceptedByName)
    {
        var status = invitation.StatusAt(now);
        return new(
            invitation.Id, invitation.PlanId, invitation.Email, status, status.Describe(), invitedByName,
            invitation.CreatedAt, invitation.ExpiresAt, invitation.AcceptedAt, acceptedByName, invitation.RevokedAt);
    }
}

/// <summary>A coalition partner who has access to a plan.</summary>
public sealed record PartnerView(string UserId, string DisplayName, string Email, DateTimeOffset AddedAt);

public static class InvitationWords
{
    /// <summary>"expires in 6 days", "expires in 5 hours", "expires in less than an hour", or "expired".</summary>
    public static string ExpiresIn(DateTimeOffset expiresAt, DateTimeOffset now)
    {
        var left = expiresAt - now;
        if (left <= TimeSpan.Zero) return "expired";
        if (left >= TimeSpan.FromDays(1))
        {
            var days = (int)left.TotalDays;
            return days == 1 ? "expires in 1 day" : $"expires in {days} days";
        }
        if (left >= TimeSpan.FromHours(1))
        {
            var hours = (int)left.TotalHours;
            return hours == 1 ? "expires in 1 hour" : $"expires in {hours} hours";
        }
        return "expires in less than an hour";
    }
}
