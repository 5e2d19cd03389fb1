namespace JobQuality.Web.Features.Inbox;

/// <summary>
/// The unread count the bell in the app bar shows, for one circuit. The layout refreshes it on every navigation; the
/// inbox page sets it after marking notifications read; anything that learns of a new notification (live updates, for
/// example) calls <see cref="RefreshAsync"/>.
/// </summary>
public sealed class InboxState(UnreadCount.Handler unreadCount)
{
    public int Unread { get; private set; }

    public event Action? Changed;

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
}
