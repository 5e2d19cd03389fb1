using JobQuality.Core.Comments;
using JobQuality.Web.Features.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobQuality.Web.Features.Comments;

public sealed partial class CommentThreadView
{
    [Inject] private Reply.Handler ReplyHandler { get; set; } = default!;
    [Inject] private EditComment.Handler EditHandler { get; set; } = default!;
    [Inject] private DeleteComment.Handler DeleteHandler { get; set; } = default!;
    [Inject] private ResolveThread.Handler ResolveHandler { get; set; } = default!;
    [Inject] private ReopenThread.Handler ReopenHandler { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter] public ViewerTime? ViewerTime { get; set; }

    [Parameter, EditorRequired] public ThreadView Thread { get; set; } = default!;
    [Parameter, EditorRequired] public Guid PlanId { get; set; }
    [Parameter] public IReadOnlyList<MemberView> Members { get; set; } = [];
    [Parameter] public bool CanComment { get; set; }

    /// <summary>Whether to name the thread's element (in the list of every thread of the plan).</summary>
    [Parameter] public bool ShowElement { get; set; }

    /// <summary>After a change: reload, and announce what happened.</summary>
    [Parameter] public EventCallback<string> OnChanged { get; set; }

    private ViewerTime Time => ViewerTime ?? Shared.ViewerTime.Utc;

    private MentionTextField? _replyField;
    private MentionTextField? _editField;
    private Guid? _editing;
    private string? _replyError;
    private string? _editError;
    private bool _changingStatus;
    private string? _note;
    private string? _noteError;
    private bool _busy;

    private async Task ReplyAsync()
    {
        if (_replyField is null || _busy) return;
        if (_replyField.IsBlank)
        {
            _replyError = "Write something first.";
            return;
        }
        await RunAsync(() => ReplyHandler.HandleAsync(new Reply.Command(PlanId, Thread.Id, _replyField.Body)),
            error => _replyError = error, "Your reply is posted.", () => _replyField.Clear());
    }

    private void StartEdit(CommentView comment)
    {
        _editing = comment.Id;
        _editError = null;
    }

    private async Task SaveEditAsync(CommentView comment)
    {
        if (_editField is null || _busy) return;
        await RunAsync(() => EditHandler.HandleAsync(new EditComment.Command(PlanId, Thread.Id, comment.Id, comment.Version, _editField.Body)),
            error => _editError = error, "Your comment is changed.", () => _editing = null);
    }

    private async Task DeleteAsync(CommentView comment)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete your comment?",
            "Its words will be removed for everyone. The thread keeps a note that a comment was deleted here.",
            yesText: "Delete", cancelText: "Keep it");
        if (confirmed != true) return;
        await RunAsync(() => DeleteHandler.HandleAsync(new DeleteComment.Command(PlanId, Thread.Id, comment.Id, comment.Version)),
            error => Snackbar.Add(error, Severity.Warning), "Your comment is deleted.", () => { });
    }

    private async Task ChangeStatusAsync()
    {
        if (_busy) return;
        var resolving = Thread.Status == CommentThreadStatus.Open;
        await RunAsync(
            () => resolving
                ? ResolveHandler.HandleAsync(new ResolveThread.Command(PlanId, Thread.Id, Thread.Version, _note))
                : ReopenHandler.HandleAsync(new ReopenThread.Command(PlanId, Thread.Id, Thread.Version, _note)),
            error => _noteError = error,
            resolving ? $"The thread on {Thread.AnchorLabel} is resolved." : $"The thread on {Thread.AnchorLabel} is open again.",
            () =>
            {
                _changingStatus = false;
                _note = null;
            });
    }

    /// <summary>Runs a change and answers the user: done, a message by the field, or what someone else changed meanwhile.</summary>
    private async Task RunAsync(Func<Task<Outcome<ThreadView>>> change, Action<string> showError, string done, Action onDone)
    {
        _busy = true;
        try
        {
            var outcome = await change();
            switch (outcome.Status)
            {
                case OutcomeStatus.Ok:
                    onDone();
                    await OnChanged.InvokeAsync(done);
                    break;
                case OutcomeStatus.Invalid or OutcomeStatus.TooMany:
                    showError(outcome.FieldErrors.FirstOrDefault()?.Message ?? "That could not be saved.");
                    break;
                case OutcomeStatus.Conflict:
                    Snackbar.Add("Someone changed this thread a moment ago. It now shows their change; try again if you still need to.", Severity.Warning);
                    await OnChanged.InvokeAsync("The thread was changed by someone else and is shown as it is now.");
                    break;
                case OutcomeStatus.NotFound:
                    Snackbar.Add("This thread or comment is no longer there.", Severity.Warning);
                    await OnChanged.InvokeAsync("The thread list is up to date.");
                    break;
                default:
                    Snackbar.Add("You cannot change that here.", Severity.Error);
                    break;
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
