using JobQuality.Core.Plans;

namespace JobQuality.Core.Invitations;

/// <summary>Where an invitation stands (see <see cref="PlanInvitation.StatusAt"/>).</summary>
public enum InvitationStatus
{
    Pending,
    Accepted,
    Expired,
    Revoked,
}

/// <summary>
/// A single-use link that lets the person at one email address join a plan as a coalition partner. Only a SHA-256
/// hash of the link's secret is kept (<see cref="InvitationToken"/>): the link is shown or emailed once and cannot be
/// read back. It works for <see cref="Lifetime"/>, until it is used or revoked.
/// </summary>
public sealed class PlanInvitation
{
    public const int EmailMaxLength = 256;
    public const int HashLength = 32;

    /// <summary>How long a link works after it is made.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public Plan? Plan { get; set; }

    /// <summary>The address as the inviter typed it (trimmed): what the email goes to and what lists show.</summary>
    public string Email { get; set; } = "";

    /// <summary>The address in the form accounts are matched by (<see cref="NormalizeEmail"/>).</summary>
    public string NormalizedEmail { get; set; } = "";

    /// <summary>SHA-256 of the link's secret.</summary>
    public byte[] TokenHash { get; set; } = [];

    /// <summary>The user id of the person who sent the invitation.</summary>
    public string InvitedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>The account that used the link.</summary>
    public string? AcceptedBy { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    /// <summary>
    /// Matches the normalization of ASP.NET Core Identity's default lookup normalizer (Unicode form C, upper case,
    /// invariant culture), so an invitation and an account's <c>NormalizedEmail</c> compare equal.
    /// </summary>
    public static string NormalizeEmail(string email) => email.Trim().Normalize().ToUpperInvariant();

    /// <summary>A new invitation and the secret of its link (to put in the link, never to store).</summary>
    public static (PlanInvitation Invitation, string Token) Create(Guid planId, string email, string invitedBy, DateTimeOffset now)
    {
        var (token, hash) = InvitationToken.Generate();
        var invitation = new PlanInvitation
        {
            PlanId = planId,
            Email = email.Trim(),
            NormalizedEmail = NormalizeEmail(email),
            TokenHash = hash,
            InvitedBy = invitedBy,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        return (invitation, token);
    }

    /// <summary>
    /// Where the invitation stands at <paramref name="now"/>. A link closed after it had already expired (replaced by a
    /// new invitation, or revoked late) still reads as expired: that is what ended it.
    /// </summary>
    public InvitationStatus StatusAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationStatus.Accepted
        : RevokedAt is { } revoked && revoked < ExpiresAt ? InvitationStatus.Revoked
        : ExpiresAt <= now ? InvitationStatus.Expired
        : RevokedAt is not null ? InvitationStatus.Revoked
        : InvitationStatus.Pending;

    /// <summary>Not used and not revoked (it may have expired): at most one such invitation per address and plan.</summary>
    public bool IsOpen => AcceptedAt is null && RevokedAt is null;

    /// <summary>Stops the link working. Revoking a used or revoked invitation changes nothing.</summary>
    public bool Revoke(string userId, DateTimeOffset now)
    {
        if (!IsOpen) return false;
        RevokedAt = now;
        RevokedBy = userId;
        return true;
    }
}

public static class InvitationStatuses
{
    /// <summary>The word lists show for a status.</summary>
    public static string Describe(this InvitationStatus status) => status switch
    {
        InvitationStatus.Pending => "Waiting for a reply",
        InvitationStatus.Accepted => "Accepted",
        InvitationStatus.Expired => "Expired",
        InvitationStatus.Revoked => "Revoked",
        _ => status.ToString(),
    };
}
