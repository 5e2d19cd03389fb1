using JobQuality.Core.Pitch;
using JobQuality.Core.Plans;
using JobQuality.Web.Features.Shared;
using JobQuality.Web.Features.Shared.Editing;
using JobQuality.Web.Features.Workbook;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobQuality.Web.Features.Pitch;

public sealed partial class PitchFeedbackPage
{
    [Inject] private GetPitchFeedback.Handler PageHandler { get; set; } = default!;
    [Inject] private AddPitchSession.Handler AddSessionHandler { get; set; } = default!;
    [Inject] private SavePitchSession.Handler SaveSessionHandler { get; set; } = default!;
    [Inject] private DeletePitchSession.Handler DeleteSessionHandler { get; set; } = default!;
    [Inject] private AddPitchFeedback.Handler AddFeedbackHandler { get; set; } = default!;
    [Inject] private SavePitchFeedback.Handler SaveFeedbackHandler { get; set; } = default!;
    [Inject] private DeletePitchFeedback.Handler DeleteFeedbackHandler { get; set; } = default!;
    [Inject] private ApplyFeedbackToCanvas.Handler ApplyHandler { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private const string AudienceGuidance = "Who listened, e.g. “Employer breakfast: six home care agency owners”.";
    private const string SnapshotGuidance = "The named version of the plan you showed, if you took one.";

    private sealed class SessionState(PitchSessionView view, Autosaver saver)
    {
        public Guid Id { get; } = view.Id;
        public Autosaver Saver { get; set; } = saver;
        public List<FeedbackState> Feedback { get; } = [];
    }

    private sealed class FeedbackState(PitchFeedbackView view, Autosaver saver)
    {
        public Guid Id { get; } = view.Id;
        public Autosaver Saver { get; set; } = saver;
        public AppliedItemView? AppliedTo { get; set; } = view.AppliedTo;
    }

    private sealed class FeedbackDraft
    {
        public PitchDimension? Dimension { get; set; }
        public string Text { get; set; } = "";
        public string? Error { get; set; }
    }

    private PitchFeedbackPageView? _page;
    private readonly List<SessionState> _sessions = [];
    private readonly Dictionary<Guid, FeedbackDraft> _drafts = [];
    private bool _addingSession;
    private AddPitchSession.Command _newSession = new();
    private string _newSessionDate = "";
    private IReadOnlyList<FieldError> _sessionErrors = [];
    private Guid? _applying;
    private string? _applyError;
    private bool _busy;
    private string _announcement = "";

    protected override string ToolKey => PitchFeedbackTool.ToolKey;

    private ToolProgress LiveProgress => PitchFeedbackTool.Progress(
        _sessions.Count, _sessions.Sum(s => s.Feedback.Count), _sessions.Sum(s => s.Feedback.Count(f => f.AppliedTo is not null)));

    protected override async Task LoadAsync()
    {
        var outcome = await PageHandler.HandleAsync(PlanId);
        if (!outcome.IsOk)
        {
            Navigation.NotFound();
            return;
        }
        _page = outcome.Value!;
        _sessions.Clear();
        _drafts.Clear();
        foreach (var entry in _page.Sessions)
        {
            var session = Track(entry.Session);
            foreach (var feedback in entry.Feedback) session.Feedback.Add(new FeedbackState(feedback, CreateFeedbackSaver(feedback)));
        }
    }

    private SessionState Track(PitchSessionView view, bool first = false)
    {
        var saver = CreateSaver(view.ToFields(), view.Version,
            async (values, version) => SaveAttempt.From(
                await SaveSessionHandler.HandleAsync(new SavePitchSession.Command(PlanId, view.Id, version,
                    values[PitchFields.Audience], values[PitchFields.HeldOn], values[PitchFields.SnapshotId])),
                saved => saved.ToFields(), saved => saved.Version),
            $"the pitch to {view.Audience}", PitchFields.SessionLabels, SessionDisplayValue);
        var state = new SessionState(view, saver);
        if (first) _sessions.Insert(0, state);
        else _sessions.Add(state);
        _drafts[view.Id] = new FeedbackDraft();
        return state;
    }

    private Autosaver CreateFeedbackSaver(PitchFeedbackView view) => CreateSaver(view.ToFields(), view.Version,
        async (values, version) => SaveAttempt.From(
            await SaveFeedbackHandler.HandleAsync(new SavePitchFeedback.Command(PlanId, view.Id, version, values[PitchFields.Dimension], values[PitchFields.Text])),
            saved => saved.ToFields(), saved => saved.Version),
        $"the feedback on {view.Dimension.Info().Title}", PitchFields.FeedbackLabels,
        (field, value) => field == PitchFields.Dimension && Core.Common.EnumNames.Parse<PitchDimension>(value) is { } d ? d.Info().Title : value);

    private string SessionDisplayValue(string field, string value) =>
        field == PitchFields.SnapshotId ? SnapshotName(ParseId(value)) : value;

    // ---- Sessions

    private void CancelSession()
    {
        _addingSession = false;
        _newSession = new();
        _newSessionDate = "";
        _sessionErrors = [];
    }

    private async Task AddSessionAsync()
    {
        _newSession.PlanId = PlanId;
        _newSession.HeldOn = PitchFields.ParseDate(_newSessionDate);
        var outcome = await AddSessionHandler.HandleAsync(_newSession);
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                Track(outcome.Value!, first: true);
                Announce($"Recorded the pitch to {outcome.Value!.Audience}. Add what they said below it.");
                CancelSession();
                break;
            case OutcomeStatus.Invalid:
                _sessionErrors = outcome.FieldErrors;
                break;
            default:
                _sessionErrors = [new FieldError("", "You can no longer change this plan, so the pitch was not recorded.")];
                break;
        }
    }

    private async Task ChooseAsync(Autosaver saver, string field, string? value)
    {
        saver.Edit(field, value ?? "");
        await saver.FlushAsync();
    }

    private async Task DeleteSessionAsync(SessionState session)
    {
        var title = SessionTitle(session);
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            $"Delete the pitch to {title}?",
            "Its feedback is deleted with it. Changes already made to the canvas stay there. The plan's history keeps a record.",
            yesText: "Delete the pitch", cancelText: "Keep it");
        if (confirmed != true) return;
        await RemoveSaverAsync(session.Saver);
        foreach (var feedback in session.Feedback) await RemoveSaverAsync(feedback.Saver);
        var outcome = await DeleteSessionHandler.HandleAsync(new DeletePitchSession.Command(PlanId, session.Id, session.Saver.Version));
        Announce(outcome.Status switch
        {
            OutcomeStatus.Ok or OutcomeStatus.NotFound => $"Deleted the pitch to {title}.",
            OutcomeStatus.Conflict => $"Someone changed the pitch to {title} just now, so it was not deleted. Check it and try again.",
            _ => "You can no longer change this plan, so nothing was deleted.",
        });
        foreach (var other in _sessions.Where(s => s != session).ToList())
        {
            await RemoveSaverAsync(other.Saver);
            foreach (var feedback in other.Feedback) await RemoveSaverAsync(feedback.Saver);
        }
        await LoadAsync();
    }

    // ---- Feedback

    private async Task AddFeedbackAsync(SessionState session)
    {
        var draft = _drafts[session.Id];
        var outcome = await AddFeedbackHandler.HandleAsync(new AddPitchFeedback.Command(PlanId, session.Id, draft.Dimension, draft.Text));
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                var feedback = outcome.Value!;
                session.Feedback.Add(new FeedbackState(feedback, CreateFeedbackSaver(feedback)));
                _drafts[session.Id] = new FeedbackDraft { Dimension = draft.Dimension };
                Announce($"Added feedback on {feedback.Dimension.Info().Title}.");
                break;
            case OutcomeStatus.Invalid:
                draft.Error = string.Join(" ", outcome.FieldErrors.Select(e => e.Message));
                break;
            case OutcomeStatus.NotFound:
                draft.Error = "Someone deleted this pitch in the meantime, so the feedback was not added.";
                break;
            default:
                draft.Error = "You can no longer change this plan, so the feedback was not added.";
                break;
        }
    }

    private async Task DeleteFeedbackAsync(SessionState session, FeedbackState feedback)
    {
        var outcome = await DeleteFeedbackHandler.HandleAsync(new DeletePitchFeedback.Command(PlanId, feedback.Id, feedback.Saver.Version));
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
            case OutcomeStatus.NotFound:
                session.Feedback.Remove(feedback);
                await RemoveSaverAsync(feedback.Saver);
                Announce("Deleted the feedback.");
                break;
            case OutcomeStatus.Conflict:
                Announce("Someone changed this feedback since you last saw it, so it was not deleted. Read their version, then delete it again if you still want to.");
                break;
            default:
                Announce("You can no longer change this plan, so nothing was deleted.");
                break;
        }
    }

    private void StartApplying(FeedbackState feedback)
    {
        _applying = feedback.Id;
        _applyError = null;
    }

    private async Task ApplyAsync(FeedbackState feedback, ApplyToCanvasForm.Request request)
    {
        _busy = true;
        try
        {
            // Save what was typed in the feedback first, so the apply starts from its latest version.
            await feedback.Saver.FlushAsync();
            var outcome = await ApplyHandler.HandleAsync(new ApplyFeedbackToCanvas.Command(
                PlanId, feedback.Id, feedback.Saver.Version, request.ItemId, request.ItemVersion, request.Square, request.Text));
            switch (outcome.Status)
            {
                case OutcomeStatus.Ok:
                    var result = outcome.Value!;
                    feedback.AppliedTo = result.Feedback.AppliedTo;
                    await RemoveSaverAsync(feedback.Saver);
                    feedback.Saver = CreateFeedbackSaver(result.Feedback);
                    ReplaceItem(result.Item!);
                    _applying = null;
                    Announce($"Applied to the canvas: “{Short(result.Item!.Text)}” in {result.Feedback.AppliedTo!.SquareTitle}.");
                    break;
                case OutcomeStatus.Conflict:
                    if (outcome.Value!.Item is { } theirs)
                    {
                        ReplaceItem(theirs);
                        _applyError = $"Someone changed this item while you were working. It now reads “{Short(theirs.Text)}”; check the wording and apply again.";
                    }
                    else
                    {
                        _applyError = "Someone changed this feedback while you were working. Check it and apply again.";
                        await RemoveSaverAsync(feedback.Saver);
                        feedback.Saver = CreateFeedbackSaver(outcome.Value.Feedback);
                    }
                    break;
                case OutcomeStatus.Invalid:
                    _applyError = string.Join(" ", outcome.FieldErrors.Select(e => e.Message));
                    break;
                case OutcomeStatus.NotFound:
                    _applyError = "The item or the feedback was deleted in the meantime. Close this and try again.";
                    await LoadAsync();
                    break;
                default:
                    _applyError = "You can no longer change this plan, so the canvas was not changed.";
                    break;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private void ReplaceItem(Canvas.CanvasItemView item)
    {
        var items = _page!.CanvasItems.Where(i => i.Id != item.Id).Append(item).ToList();
        _page = _page with { CanvasItems = items };
    }

    // ---- Wording

    private void Announce(string message) => _announcement = message;

    private string SessionTitle(SessionState session)
    {
        var audience = string.IsNullOrWhiteSpace(session.Saver[PitchFields.Audience]) ? "an audience" : session.Saver[PitchFields.Audience].Trim();
        return PitchFields.ParseDate(session.Saver[PitchFields.HeldOn]) is { } date
            ? $"{audience}, {date.ToString("MMM d, yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US"))}"
            : audience;
    }

    private string SnapshotName(Guid? id) =>
        id is null ? "None"
        : _page?.Snapshots.FirstOrDefault(s => s.Id == id)?.Name ?? "A snapshot no longer kept";

    private static Guid? ParseId(string? text) => Guid.TryParse(text, out var id) ? id : null;

    private static PitchDimensionInfo DimensionOf(FeedbackState feedback) =>
        (Core.Common.EnumNames.Parse<PitchDimension>(feedback.Saver[PitchFields.Dimension]) ?? PitchDimension.Audience).Info();

    private static string? ErrorFor(Autosaver saver, string field) =>
        saver.Errors.FirstOrDefault(e => string.Equals(e.Field, field, StringComparison.OrdinalIgnoreCase))?.Message;

    private static string Short(string text)
    {
        text = text.Trim();
        return text.Length <= 60 ? text : $"{text[..57].TrimEnd()}…";
    }
}
