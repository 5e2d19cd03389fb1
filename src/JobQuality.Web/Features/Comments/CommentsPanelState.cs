namespace JobQuality.Web.Features.Comments;

/// <summary>
/// What the comment badges of a page and the comments panel share (one per circuit, cascaded by the layout): the plan
/// shown, the count of threads per element, and whether the panel is open and on which element. Badges open the panel;
/// the panel loads and refreshes the counts. Outside a plan, or in a component test without a layout, there is none and
/// badges render nothing.
/// </summary>
public sealed class CommentsPanelState
{
    private IReadOnlyDictionary<string, AnchorCount> _counts = new Dictionary<string, AnchorCount>();

    public Guid? PlanId { get; private set; }

    public bool IsOpen { get; private set; }

    /// <summary>The element the panel shows (null: every thread of the plan).</summary>
    public string? Anchor { get; private set; }

    /// <summary>What the element is called, as its badge names it.</summary>
    public string? AnchorLabel { get; private set; }

    /// <summary>The thread a link pointed at (a notification's, say): shown whether open or resolved, and focused.</summary>
    public Guid? LinkedThreadId { get; private set; }

    /// <summary>Open threads on the whole plan.</summary>
    public int OpenTotal => _counts.Values.Sum(c => c.Open);

    /// <summary>Raised when counts or the panel change: badges and the panel re-render.</summary>
    public event Action? Changed;

    public AnchorCount CountFor(string anchor) => _counts.GetValueOrDefault(anchor) ?? new AnchorCount(anchor, 0, 0);

    public void ShowPlan(Guid? planId)
    {
        if (PlanId == planId) return;
        PlanId = planId;
        _counts = new Dictionary<string, AnchorCount>();
        IsOpen = false;
        Anchor = null;
        AnchorLabel = null;
        LinkedThreadId = null;
        Changed?.Invoke();
    }

    public void SetCounts(IEnumerable<AnchorCount> counts)
    {
        _counts = counts.ToDictionary(c => c.Anchor);
        Changed?.Invoke();
    }

    /// <summary>Opens the panel on one element (its threads, and a box to start one), or on the whole plan.</summary>
    public void Open(string? anchor = null, string? label = null)
    {
        IsOpen = true;
        Anchor = anchor;
        AnchorLabel = anchor is null ? null : label;
        LinkedThreadId = null;
        Changed?.Invoke();
    }

    /// <summary>Opens the panel on a thread's element with that thread picked out (a link to the thread was followed).</summary>
    public void OpenThread(Guid threadId, string anchor, string label)
    {
        IsOpen = true;
        Anchor = anchor;
        AnchorLabel = label;
        LinkedThreadId = threadId;
        Changed?.Invoke();
    }

    public void Close()
    {
        if (!IsOpen) return;
        IsOpen = false;
        Changed?.Invoke();
    }
}
