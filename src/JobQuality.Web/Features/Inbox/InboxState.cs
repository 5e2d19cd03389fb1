using JobQuality.Data.Live;
using JobQuality.Web.Infrastructure.Live;

namespace JobQuality.Web.Features.Inbox;

/// <summary>
/// The unread count the bell in the app bar shows, for one circuit. The layout refreshes it on every navigation and,
/// once the circuit is live, <see cref="Follow"/>s the person's notifications: a notification written for them on any
/// instance (a mention, a reply…) makes the count read again at once. The inbox page sets it after marking
/// notifications read.
/// </summary>
public sealed class InboxState(UnreadCount.Handler unreadCount, PlanChangeFeed feed) : IDisposable
{
    private IDisposable? _following;
    private string? _followed;

    public int Unread { get; private set; }

    public event Action? Changed;

    /// <summary>A notification arrived for this person (or the live feed reconnected): the count has been read again.</summary>
    public event Func<Task>? Arrived;

    /// <summary>Listens for the person's new notifications from now on (null: nobody signed in).</summary>
    public void Follow(string? userId)
    {
        if (userId == _followed) return;
        _following?.Dispose();
        _followed = userId;
        _following = userId is null ? null : feed.SubscribeInbox(userId, OnNoticeAsync);
    }

    private async Task OnNoticeAsync(PlanChangeNotice notice)
    {
        await RefreshAsync();
        if (Arrived is { } arrived) await arrived();
    }

    /// <summary>Reads the count again from the database.</summary>
    public async Task RefreshAsync(CancellationToken ct = default)
    {
        var outcome = await unreadCount.HandleAsync(ct);
        Set(outcome.Value?.Unread ?? 0);
    }

    /// <summary>Takes a count just read (e.g. the answer of marking read).</summary>
    public void Set(int unread)
    {
        if (unread == Unread) return;
        Unread = unread;
        Changed?.Invoke();
    }

    /// <summary>The bell's accessible name: "Inbox, 3 unread".</summary>
    public static string Label(int unread) => unread switch
    {
        0 => "Inbox, no unread notifications",
        _ => $"Inbox, {unread} unread",
    };

    public void Dispose() => _following?.Dispose();
}
