using JobQuality.Core.Notifications;

namespace JobQuality.Web.Features.Inbox;

/// <summary>
/// One notification as its recipient sees it. <see cref="Sentence"/> says who did what ("Kim Lee mentioned you");
/// <see cref="ElementLabel"/> names the part of the plan the thread is about; <see cref="Link"/> opens the page that
/// shows it (null for an invitation not yet accepted: it is accepted through the emailed link).
/// </summary>
public sealed record NotificationView(
    Guid Id, NotificationKind Kind, string Sentence, string ActorName, Guid PlanId, string PlanName, Guid? ThreadId,
    string? ElementLabel, string Excerpt, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public bool IsRead => ReadAt is not null;
}

/// <summary>A page of the caller's notifications, with how many there are and how many are unread.</summary>
public sealed record NotificationsPage(IReadOnlyList<NotificationView> Items, int Total, int Unread, int Page, int PageSize)
{
    public bool HasMore => (Page + 1) * PageSize < Total;
}

/// <summary>How many of the caller's notifications are unread.</summary>
public sealed record UnreadCountView(int Unread);
