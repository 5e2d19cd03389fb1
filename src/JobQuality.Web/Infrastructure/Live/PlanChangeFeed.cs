using System.Collections.Concurrent;
using JobQuality.Data.Live;
using Npgsql;

namespace JobQuality.Web.Infrastructure.Live;

/// <summary>
/// This instance's side of live updates (one per instance): circuits subscribe to a plan and are called back with every
/// notice about it that <see cref="PlanChangeListener"/> receives (their own included: a subscriber skips its own
/// <see cref="PlanChangeNotice.Origin"/>); a person's inbox and lists of plans subscribe too. It also keeps who is viewing each plan from the presence notices, and sends
/// notices that are not saves (presence) through <c>pg_notify</c>.
/// </summary>
public sealed class PlanChangeFeed(IConfiguration configuration, TimeProvider clock, ILogger<PlanChangeFeed> logger)
{
    /// <summary>A viewer not heard from for this long (no heartbeat: a closed tab, a stopped instance) is gone.</summary>
    public static readonly TimeSpan PresenceExpiry = TimeSpan.FromSeconds(30);

    private readonly ILogger _logger = logger;
    private readonly string _connectionString = configuration.GetConnectionString("Default")!;
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Subscription, byte>> _subscribers = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscription, byte>> _inboxSubscribers = new();
    private readonly ConcurrentDictionary<Subscription, byte> _everyPlanSubscribers = new();
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Guid, Viewer>> _viewers = new();

    /// <summary>Circuits (by plan) that left lately, until when: a heartbeat they sent just before leaving must not bring them back.</summary>
    private readonly ConcurrentDictionary<(Guid PlanId, Guid Origin), DateTimeOffset> _left = new();

    /// <summary>Calls <paramref name="onNotice"/> for every notice about the plan, and for a resync; dispose to stop.</summary>
    public IDisposable Subscribe(Guid planId, Func<PlanChangeNotice, Task> onNotice) =>
        Add(_subscribers.GetOrAdd(planId, _ => new()), $"plan {planId}", onNotice);

    /// <summary>
    /// Calls <paramref name="onNotice"/> for every content notice about any plan, and for a resync; dispose to stop. For
    /// lists of plans (the organization's plan list), which decide themselves which plans concern them.
    /// </summary>
    public IDisposable SubscribeEveryPlan(Func<PlanChangeNotice, Task> onNotice) => Add(_everyPlanSubscribers, "every plan", onNotice);

    /// <summary>
    /// Calls <paramref name="onNotice"/> whenever a notification is written for the person (on any instance), and for a
    /// resync; dispose to stop. One per circuit: it keeps the bell's unread count current.
    /// </summary>
    public IDisposable SubscribeInbox(string userId, Func<PlanChangeNotice, Task> onNotice) =>
        Add(_inboxSubscribers.GetOrAdd(userId, _ => new()), "an inbox", onNotice);

    private Subscription Add(ConcurrentDictionary<Subscription, byte> subscriptions, string what, Func<PlanChangeNotice, Task> onNotice)
    {
        var subscription = new Subscription(this, what, onNotice, s => subscriptions.TryRemove(s, out _));
        subscriptions.TryAdd(subscription, 0);
        return subscription;
    }

    /// <summary>Who views the plan now (one entry per person, however many tabs), by name.</summary>
    public IReadOnlyList<Viewer> ViewersOf(Guid planId)
    {
        if (!_viewers.TryGetValue(planId, out var viewers)) return [];
        var now = clock.GetUtcNow();
        return viewers.Values.Where(v => v.Until > now).GroupBy(v => v.UserId).Select(g => g.First()).OrderBy(v => v.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Sends a notice to every instance (this one included) through PostgreSQL.</summary>
    public async Task PublishAsync(PlanChangeNotice notice, CancellationToken ct = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            command.Parameters.AddWithValue("channel", PlanChangeNotice.Channel);
            command.Parameters.AddWithValue("payload", notice.ToPayload());
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            // Presence is best effort: the next heartbeat tries again.
            _logger.LogWarning(ex, "Could not send a {Kind} notice for plan {PlanId}", notice.Kind, notice.PlanId);
        }
    }

    /// <summary>Called by the listener for each notice received.</summary>
    public void Deliver(PlanChangeNotice notice)
    {
        if (notice.Kind == PlanChangeKind.Presence) Track(notice);
        if (notice.Kind == PlanChangeKind.Inbox)
        {
            // Only the recipient hears of it; the plan's viewers have the comment's own notice.
            if (notice.Key is { } recipient && _inboxSubscribers.TryGetValue(recipient, out var inboxes))
            {
                foreach (var inbox in inboxes.Keys) inbox.Notify(notice);
            }
            return;
        }
        if (notice.Kind == PlanChangeKind.Content)
        {
            foreach (var list in _everyPlanSubscribers.Keys) list.Notify(notice);
        }
        if (!_subscribers.TryGetValue(notice.PlanId, out var subscriptions)) return;
        foreach (var subscription in subscriptions.Keys) subscription.Notify(notice);
    }

    /// <summary>Called by the listener after it reconnected: what was sent meanwhile is lost, so every subscriber reloads.</summary>
    public void Resync()
    {
        _viewers.Clear();
        foreach (var (planId, subscriptions) in _subscribers)
        {
            var notice = new PlanChangeNotice(planId, PlanChangeKind.Resync, null, null, Guid.Empty);
            foreach (var subscription in subscriptions.Keys) subscription.Notify(notice);
        }
        var resync = new PlanChangeNotice(Guid.Empty, PlanChangeKind.Resync, null, null, Guid.Empty);
        foreach (var other in _inboxSubscribers.Values.SelectMany(s => s.Keys).Concat(_everyPlanSubscribers.Keys)) other.Notify(resync);
    }

    /// <summary>
    /// Presence is kept per circuit (<see cref="PlanChangeNotice.Origin"/>: one browser tab) and shown per person, so
    /// someone who closes one of two tabs stays listed while the other is open.
    /// </summary>
    private void Track(PlanChangeNotice notice)
    {
        var viewers = _viewers.GetOrAdd(notice.PlanId, _ => new());
        var now = clock.GetUtcNow();
        var circuit = (notice.PlanId, notice.Origin);
        foreach (var (left, until) in _left)
        {
            if (until <= now) _left.TryRemove(left, out _);
        }
        if (notice.Key == PresenceKeys.Leave || notice.UserId is null)
        {
            viewers.TryRemove(notice.Origin, out _);
            _left[circuit] = now + PresenceExpiry;
            return;
        }
        // A tab that comes back (Join) is here again; a heartbeat or answer it sent before leaving, arriving after, is not.
        if (notice.Key == PresenceKeys.Join) _left.TryRemove(circuit, out _);
        else if (_left.ContainsKey(circuit)) return;
        viewers[notice.Origin] = new Viewer(notice.UserId, notice.Name ?? "Someone", now + PresenceExpiry);
        foreach (var (origin, viewer) in viewers)
        {
            if (viewer.Until <= now) viewers.TryRemove(origin, out _);
        }
    }

    public sealed record Viewer(string UserId, string Name, DateTimeOffset Until);

    private sealed class Subscription(PlanChangeFeed feed, string what, Func<PlanChangeNotice, Task> onNotice, Action<Subscription> remove)
        : IDisposable
    {
        /// <summary>Not awaited: one slow circuit never holds up the listener or the others.</summary>
        public void Notify(PlanChangeNotice notice) => _ = Task.Run(async () =>
        {
            try
            {
                await onNotice(notice);
            }
            catch (Exception ex)
            {
                feed._logger.LogWarning(ex, "A live update subscriber of {Subscribed} failed on a {Kind} notice", what, notice.Kind);
            }
        });

        public void Dispose() => remove(this);
    }
}

public static class PresenceKeys
{
    public const string Join = "join";
    public const string Here = "here";
    public const string Leave = "leave";
}
