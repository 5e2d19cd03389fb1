using JobQuality.Web.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;

namespace JobQuality.Web.Features.Comments;

public sealed partial class CommentsPanel : IDisposable
{
    [Inject] private ListThreads.Handler ListHandler { get; set; } = default!;
    [Inject] private CountsByAnchor.Handler CountsHandler { get; set; } = default!;
    [Inject] private ListMentionableMembers.Handler MembersHandler { get; set; } = default!;
    [Inject] private StartThread.Handler StartHandler { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    /// <summary>Shared with the page's badges (the layout makes one per circuit).</summary>
    [Parameter, EditorRequired] public CommentsPanelState State { get; set; } = default!;

    /// <summary>Live updates of the plan (the layout cascades them; none in a component test).</summary>
    [CascadingParameter] public JobQuality.Web.Infrastructure.Live.PlanLive? Live { get; set; }

    private static readonly (ThreadFilter Filter, string Name)[] Filters = [(ThreadFilter.Open, "Open"), (ThreadFilter.Resolved, "Resolved"), (ThreadFilter.All, "All")];

    private ThreadFilter _filter = ThreadFilter.Open;
    private ThreadsView? _view;
    private IReadOnlyList<MemberView> _members = [];
    private MentionTextField? _startField;
    private ElementReference _title;
    private string? _startError;
    private string _announcement = "";
    private bool _busy;
    private bool _focusTitle;

    /// <summary>What the panel last loaded: plan, element, linked thread and whether it was open, so it reloads only when one changes.</summary>
    private (Guid? Plan, string? Anchor, Guid? Linked, bool Open) _shown;
    private CommentsPanelState? _subscribed;

    private JobQuality.Web.Infrastructure.Live.PlanLive? _live;

    protected override async Task OnParametersSetAsync()
    {
        if (!ReferenceEquals(_live, Live))
        {
            if (_live is not null) _live.Changed -= OnPlanChangedAsync;
            _live = Live;
            if (_live is not null) _live.Changed += OnPlanChangedAsync;
        }
        if (!ReferenceEquals(_subscribed, State))
        {
            if (_subscribed is not null) _subscribed.Changed -= OnStateChanged;
            _subscribed = State;
            State.Changed += OnStateChanged;
        }
        await FollowStateAsync();
    }

    /// <summary>Someone else commented, replied, resolved…: the badges, the count and the open panel catch up.</summary>
    private Task OnPlanChangedAsync(JobQuality.Data.Live.PlanChangeNotice notice) =>
        notice.Kind is not (JobQuality.Data.Live.PlanChangeKind.Comment or JobQuality.Data.Live.PlanChangeKind.Resync) || notice.PlanId != State.PlanId
            ? Task.CompletedTask
            : InvokeAsync(async () =>
            {
                await LoadCountsAsync();
                if (State.IsOpen) await LoadAsync();
                StateHasChanged();
            });

    private void OnStateChanged() => _ = InvokeAsync(async () =>
    {
        await FollowStateAsync();
        StateHasChanged();
    });

    private async Task FollowStateAsync()
    {
        var now = (State.PlanId, State.Anchor, State.LinkedThreadId, State.IsOpen);
        if (now == _shown) return;
        var planChanged = now.PlanId != _shown.Plan;
        var opened = now.IsOpen && (!_shown.Open || now.Anchor != _shown.Anchor || now.LinkedThreadId != _shown.Linked);
        _shown = now;
        if (planChanged)
        {
            _view = null;
            _members = [];
            if (State.PlanId is not null) await LoadCountsAsync();
        }
        if (opened)
        {
            // A linked thread may be resolved by now: show them all, so it is there.
            _filter = State.LinkedThreadId is null ? ThreadFilter.Open : ThreadFilter.All;
            _startError = null;
            _focusTitle = true;
            if (State.LinkedThreadId is not null) _view = null; // focus waits for the threads that hold it
            await LoadAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusTitle && State.IsOpen)
        {
            // A linked thread gets the focus once it is shown (a render may come before the threads are loaded).
            if (State.LinkedThreadId is not null && _view is null) return;
            _focusTitle = false;
            try
            {
                if (State.LinkedThreadId is { } linked && _view!.Threads.Any(t => t.Id == linked))
                {
                    await JS.InvokeVoidAsync("jobQuality.focusElement", $"[data-thread='{linked}']");
                }
                else
                {
                    await _title.FocusAsync();
                }
            }
            catch (InvalidOperationException)
            {
                // Not rendered yet (the drawer opens in the next render): nothing to focus.
            }
        }
    }

    private async Task LoadCountsAsync()
    {
        if (State.PlanId is not { } planId) return;
        var counts = await CountsHandler.HandleAsync(planId);
        if (counts.IsOk) State.SetCounts(counts.Value!);
    }

    private async Task LoadAsync()
    {
        if (State.PlanId is not { } planId) return;
        var outcome = await ListHandler.HandleAsync(new ListThreads.Query(planId, _filter, State.Anchor));
        _view = outcome.Value;
        if (_members.Count == 0)
        {
            var members = await MembersHandler.HandleAsync(planId);
            _members = members.Value ?? [];
        }
    }

    private async Task SetFilterAsync(ThreadFilter filter)
    {
        _filter = filter;
        await LoadAsync();
        _announcement = $"Showing {FilterWord(filter)} threads: {_view?.Threads.Count ?? 0}.";
    }

    private async Task StartAsync()
    {
        if (_startField is null || State.PlanId is not { } planId || State.Anchor is not { } anchor || _busy) return;
        if (_startField.IsBlank)
        {
            _startError = "Write something first.";
            return;
        }
        _busy = true;
        try
        {
            var outcome = await StartHandler.HandleAsync(new StartThread.Command(planId, anchor, _startField.Body));
            switch (outcome.Status)
            {
                case OutcomeStatus.Ok:
                    _startField.Clear();
                    _filter = ThreadFilter.Open;
                    await LoadAsync();
                    await LoadCountsAsync();
                    _announcement = $"Your comment on {State.AnchorLabel} is posted.";
                    break;
                case OutcomeStatus.Invalid or OutcomeStatus.TooMany:
                    _startError = outcome.FieldErrors.FirstOrDefault()?.Message;
                    break;
                case OutcomeStatus.NotFound:
                    Snackbar.Add("This part of the plan is no longer there, so the comment was not posted.", Severity.Warning);
                    break;
                default:
                    Snackbar.Add("You can no longer comment on this plan, so the comment was not posted.", Severity.Error);
                    break;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task OnThreadChangedAsync(string announcement)
    {
        await LoadAsync();
        await LoadCountsAsync();
        _announcement = announcement;
    }

    private void OnOpenChanged(bool open)
    {
        if (!open) State.Close();
    }

    private void OnKeyDown(KeyboardEventArgs e)
    {
        if (e.Key == "Escape") State.Close();
    }

    private string CountText(ThreadFilter filter) => _view is null ? "" : filter switch
    {
        ThreadFilter.Open => $" ({_view.OpenCount})",
        ThreadFilter.Resolved => $" ({_view.ResolvedCount})",
        _ => $" ({_view.OpenCount + _view.ResolvedCount})",
    };

    private static string FilterWord(ThreadFilter filter) => filter switch
    {
        ThreadFilter.Open => "open",
        ThreadFilter.Resolved => "resolved",
        _ => "all",
    };

    private string EmptyText => (State.Anchor, _filter) switch
    {
        (not null, ThreadFilter.Resolved) => "Nothing here has been resolved yet.",
        (not null, _) when _view?.CanComment == true => "No open threads here. Ask a question or suggest a change in the box above.",
        (not null, _) => "No open threads here.",
        (null, ThreadFilter.Resolved) => "No resolved threads yet. When a question is settled, anyone on the plan can mark its thread resolved.",
        (null, _) => "No open threads on this plan. To start one, use the comment button beside a canvas square, an action step or another part of the plan.",
    };

    public void Dispose()
    {
        if (_subscribed is not null) _subscribed.Changed -= OnStateChanged;
        if (_live is not null) _live.Changed -= OnPlanChangedAsync;
    }
}
