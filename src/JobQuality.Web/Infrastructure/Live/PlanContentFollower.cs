using JobQuality.Data.Live;

namespace JobQuality.Web.Infrastructure.Live;

/// <summary>
/// What a page showing plan content needs from live updates: while it shows plan <see cref="PlanId"/>, it is called back
/// when someone else saves content there, or after a resync (notices may have been missed). The page calls
/// <see cref="Follow"/> with the cascaded <see cref="PlanLive"/> from <c>OnParametersSet</c>, and disposes it with itself.
/// </summary>
public sealed class PlanContentFollower(Func<Guid?> planId, Func<PlanChangeNotice, Task> onChanged) : IDisposable
{
    private PlanLive? _live;

    /// <summary>Follows the given live view (none in a component test without a layout); a second call with the same one does nothing.</summary>
    public void Follow(PlanLive? live)
    {
        if (ReferenceEquals(_live, live)) return;
        if (_live is not null) _live.Changed -= OnNoticeAsync;
        _live = live;
        if (_live is not null) _live.Changed += OnNoticeAsync;
    }

    /// <summary>Who made the change, for "Updated by …": their name when they view the plan, else "someone else".</summary>
    public string ChangedBy(PlanChangeNotice notice) =>
        notice.Kind == PlanChangeKind.Resync || _live is null ? "someone else" : _live.NameOf(notice.UserId);

    private Task OnNoticeAsync(PlanChangeNotice notice) =>
        notice.Kind is PlanChangeKind.Content or PlanChangeKind.Resync && notice.PlanId == planId() ? onChanged(notice) : Task.CompletedTask;

    public void Dispose() => Follow(null);
}
