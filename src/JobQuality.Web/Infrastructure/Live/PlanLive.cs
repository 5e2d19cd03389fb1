using JobQuality.Data;
using JobQuality.Data.Live;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Infrastructure.Live;

/// <summary>
/// One browser's live view of the plan it shows (one per circuit; the layout follows the workspace and cascades it):
/// subscribes to the plan's notices, tells the components what others changed, and announces this viewer
/// (join, a heartbeat every 10 s, leave) so everyone sees who else is here.
/// </summary>
public sealed class PlanLive(PlanChangeFeed feed, ChangeOrigin origin, IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
    : IAsyncDisposable
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(10);

    private IDisposable? _subscription;
    private ITimer? _heartbeat;
    private string? _userId;
    private string? _name;

    public Guid? PlanId { get; private set; }

    /// <summary>What others changed (content, comments), and a resync after a lost connection; never this circuit's own saves.</summary>
    public event Func<PlanChangeNotice, Task>? Changed;

    /// <summary>Someone came or went (or a resync emptied the list).</summary>
    public event Action? ViewersChanged;

    /// <summary>The latest "Updated by …" line, for the layout's status region.</summary>
    public string Announcement { get; private set; } = "";

    public event Action? Announced;

    /// <summary>The other people viewing the plan (not the signed-in person, in whatever tab).</summary>
    public IReadOnlyList<PlanChangeFeed.Viewer> Others =>
        PlanId is { } planId ? feed.ViewersOf(planId).Where(v => v.UserId != _userId).ToList() : [];

    /// <summary>Who made a change, by name when they are viewing the plan.</summary>
    public string NameOf(string? userId) =>
        PlanId is { } planId && feed.ViewersOf(planId).FirstOrDefault(v => v.UserId == userId) is { } viewer ? viewer.Name : "someone else";

    public void Announce(string text)
    {
        Announcement = text;
        Announced?.Invoke();
    }

    /// <summary>Follows the plan the page shows (null: none); announces leaving the previous one.</summary>
    public async Task FollowAsync(Guid? planId, string? userId)
    {
        if (planId == PlanId && userId == _userId) return;
        await LeaveAsync();
        PlanId = planId;
        _userId = userId;
        Announcement = "";
        if (planId is not { } id || userId is null) return;
        if (_name is null)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            _name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync() ?? "Someone";
        }
        _subscription = feed.Subscribe(id, OnNoticeAsync);
        await SendPresenceAsync(PresenceKeys.Join);
        _heartbeat = clock.CreateTimer(_ => _ = SendPresenceAsync(PresenceKeys.Here), null, Heartbeat, Heartbeat);
    }

    private async Task OnNoticeAsync(PlanChangeNotice notice)
    {
        if (notice.Kind == PlanChangeKind.Presence)
        {
            // A newcomer learns who is already here at once, not at the next heartbeat.
            if (notice.Key == PresenceKeys.Join && notice.Origin != origin.Id) await SendPresenceAsync(PresenceKeys.Here);
            ViewersChanged?.Invoke();
            return;
        }
        if (notice.Kind == PlanChangeKind.Resync)
        {
            await SendPresenceAsync(PresenceKeys.Here);
            ViewersChanged?.Invoke();
        }
        else if (notice.Origin == origin.Id)
        {
            return;
        }
        if (Changed is { } changed)
        {
            foreach (var handler in changed.GetInvocationList().Cast<Func<PlanChangeNotice, Task>>()) await handler(notice);
        }
    }

    private Task SendPresenceAsync(string key) =>
        PlanId is { } planId && _userId is { } userId
            ? feed.PublishAsync(new PlanChangeNotice(planId, PlanChangeKind.Presence, key, userId, origin.Id, _name))
            : Task.CompletedTask;

    private async Task LeaveAsync()
    {
        if (_heartbeat is not null) await _heartbeat.DisposeAsync();
        _heartbeat = null;
        _subscription?.Dispose();
        _subscription = null;
        if (PlanId is not null) await SendPresenceAsync(PresenceKeys.Leave);
    }

    public async ValueTask DisposeAsync() => await LeaveAsync();
}
