using JobQuality.Core.Canvas;
using JobQuality.Core.Plans;
using JobQuality.Web.Features.Shared;
using JobQuality.Web.Features.Shared.Editing;
using JobQuality.Web.Features.Workbook;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;

namespace JobQuality.Web.Features.Canvas;

public sealed partial class CanvasPage
{
    private const string TextField = "Text";

    [Inject] private SaveWorkbookAnswer.Handler SaveAnswerHandler { get; set; } = default!;
    [Inject] private GetCanvas.Handler CanvasHandler { get; set; } = default!;
    [Inject] private AddCanvasItem.Handler AddHandler { get; set; } = default!;
    [Inject] private SaveCanvasItem.Handler SaveHandler { get; set; } = default!;
    [Inject] private MoveCanvasItem.Handler MoveHandler { get; set; } = default!;
    [Inject] private DeleteCanvasItem.Handler DeleteHandler { get; set; } = default!;
    [Inject] private SeedCanvas.Handler SeedHandler { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    /// <summary>An item on the page: what was last read or saved, and the autosaver of its text.</summary>
    private sealed class ItemState(CanvasItemView view, Autosaver saver)
    {
        public Guid Id { get; } = view.Id;
        public CanvasSquare Square { get; } = view.Square;
        public Autosaver Saver { get; set; } = saver;
    }

    private CanvasView? _canvas;
    private Autosaver? _mission;
    private readonly Dictionary<CanvasSquare, List<ItemState>> _items = [];
    private readonly Dictionary<CanvasSquare, string> _drafts = [];
    private readonly Dictionary<CanvasSquare, string> _addErrors = [];
    private readonly Dictionary<Guid, AutosaveTextField> _fields = [];
    private readonly Dictionary<CanvasSquare, MudTextField<string>> _addFields = [];
    private readonly HashSet<CanvasSquare> _adding = [];
    private string _announcement = "";
    private Guid? _focusAfterRender;

    /// <summary>After a move made with a button, the same button of the moved item takes the focus back.</summary>
    private (Guid Item, MoveDirection Direction)? _focusButtonAfterRender;
    private bool _seeding;

    protected override string ToolKey => JobQualityCanvas.ToolKey;

    private static string MissionGuidance => JobQualityCanvas.MissionForm.FindField(JobQualityCanvas.MissionField)!.Guidance;

    private ToolProgress LiveProgress => JobQualityCanvas.Progress(
        _mission?[JobQualityCanvas.MissionField], _items.Where(s => s.Value.Count > 0).Select(s => s.Key));

    protected override async Task LoadAsync()
    {
        var outcome = await CanvasHandler.HandleAsync(PlanId);
        if (!outcome.IsOk)
        {
            Navigation.NotFound();
            return;
        }
        _canvas = outcome.Value!;
        var mission = _canvas.Mission;
        _mission = CreateSaver(
            new Dictionary<string, string> { [JobQualityCanvas.MissionField] = mission.Text }, mission.Version,
            async (values, version) => SaveAttempt.From(
                await SaveAnswerHandler.HandleAsync(new SaveWorkbookAnswer.Command(
                    PlanId, JobQualityCanvas.ToolKey, JobQualityCanvas.MissionField, version, values[JobQualityCanvas.MissionField])),
                saved => new Dictionary<string, string> { [JobQualityCanvas.MissionField] = saved.Text }, saved => saved.Version),
            "the mission", new Dictionary<string, string> { [JobQualityCanvas.MissionField] = "Boost job quality by…" });

        _items.Clear();
        _fields.Clear();
        foreach (var square in _canvas.Squares)
        {
            _items[square.Square] = square.Items.Select(i => new ItemState(i, CreateItemSaver(i))).ToList();
            _drafts[square.Square] = "";
        }
        _addErrors.Clear();
    }

    private Autosaver CreateItemSaver(CanvasItemView item) => CreateSaver(
        new Dictionary<string, string> { [TextField] = item.Text }, item.Version,
        async (values, version) =>
        {
            var outcome = await SaveHandler.HandleAsync(new SaveCanvasItem.Command(PlanId, item.Id, version, values[TextField]));
            if (outcome.Status == OutcomeStatus.NotFound)
            {
                return new SaveAttempt(OutcomeStatus.Invalid, Errors:
                    [new FieldError(TextField, "Someone deleted this item while you were editing it, so this text was not saved. Copy it into a new item to keep it.")]);
            }
            return SaveAttempt.From(outcome, saved => new Dictionary<string, string> { [TextField] = saved.Text }, saved => saved.Version);
        },
        $"the item in {item.Square.Info().Title}", new Dictionary<string, string> { [TextField] = "Item" });

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusAfterRender is { } id)
        {
            _focusAfterRender = null;
            if (_fields.TryGetValue(id, out var field)) await field.FocusAsync();
        }
        if (_focusButtonAfterRender is { } button)
        {
            _focusButtonAfterRender = null;
            await JS.InvokeVoidAsync("jobQuality.focusMoveButton", button.Item.ToString(), button.Direction == MoveDirection.Up ? "up" : "down");
        }
    }

    // ---- Adding

    private void OnDraftChanged(CanvasSquare square, string? value)
    {
        _drafts[square] = value ?? "";
        _addErrors.Remove(square);
    }

    private async Task OnAddKeyDownAsync(CanvasSquare square, KeyboardEventArgs e)
    {
        if (e.Key == "Enter" && !e.ShiftKey && !e.AltKey && !e.CtrlKey) await AddAsync(square);
    }

    private async Task AddAsync(CanvasSquare square)
    {
        var text = _drafts[square].Trim();
        if (text.Length == 0)
        {
            _addErrors[square] = "Type something first, then press Enter.";
            return;
        }
        if (!_adding.Add(square)) return; // Enter pressed again while the first add is still on its way
        try
        {
            var outcome = await AddHandler.HandleAsync(new AddCanvasItem.Command(PlanId, square, text));
            switch (outcome.Status)
            {
                case OutcomeStatus.Ok:
                    var item = outcome.Value!;
                    _items[square].Add(new ItemState(item, CreateItemSaver(item)));
                    _drafts[square] = "";
                    if (_addFields.TryGetValue(square, out var field)) await field.ClearAsync();
                    Announce($"Added to {square.Info().Title}: {Short(item.Text)}.");
                    break;
                case OutcomeStatus.Invalid:
                    _addErrors[square] = outcome.FieldErrors[0].Message;
                    break;
                default:
                    Snackbar.Add("You can no longer change this canvas, so the item was not added.", Severity.Error);
                    break;
            }
        }
        finally
        {
            _adding.Remove(square);
        }
    }

    // ---- Moving

    private async Task OnItemKeyDownAsync(ItemState item, KeyboardEventArgs e)
    {
        if (!e.AltKey || e.CtrlKey || e.ShiftKey) return;
        if (e.Key == "ArrowUp") await MoveAsync(item, MoveDirection.Up, keepFocus: true);
        else if (e.Key == "ArrowDown") await MoveAsync(item, MoveDirection.Down, keepFocus: true);
    }

    private async Task MoveWithButtonAsync(ItemState item, MoveDirection direction)
    {
        await MoveAsync(item, direction, keepFocus: false);
        _focusButtonAfterRender = (item.Id, direction);
    }

    private async Task MoveAsync(ItemState item, MoveDirection direction, bool keepFocus)
    {
        var square = _items[item.Square];
        var index = square.IndexOf(item);
        if (index < 0) return;
        var target = direction == MoveDirection.Up ? index - 1 : index + 1;
        var title = item.Square.Info().Title;
        if (target < 0 || target >= square.Count)
        {
            Announce(direction == MoveDirection.Up ? $"Already first in {title}." : $"Already last in {title}.");
            return;
        }
        // Save what was typed first, so the text and the move do not race each other.
        await item.Saver.FlushAsync();
        await square[target].Saver.FlushAsync();

        var outcome = await MoveHandler.HandleAsync(new MoveCanvasItem.Command(PlanId, item.Id, direction));
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                await ApplySquareAsync(item.Square, outcome.Value!);
                var place = _items[item.Square].FindIndex(i => i.Id == item.Id) + 1;
                Announce($"Moved {Short(item)} to place {place} of {_items[item.Square].Count} in {title}.");
                break;
            case OutcomeStatus.Conflict:
                await ApplySquareAsync(item.Square, outcome.Value!);
                Announce($"Someone changed {title} at the same moment. It now shows their order; try the move again if you still need it.");
                break;
            case OutcomeStatus.NotFound:
                Snackbar.Add("Someone deleted this item in the meantime, so it could not be moved.", Severity.Warning);
                break;
            default:
                Snackbar.Add("You can no longer change this canvas, so nothing was moved.", Severity.Error);
                break;
        }
        if (keepFocus) _focusAfterRender = item.Id;
    }

    /// <summary>
    /// Shows a square as the server last returned it. Items whose row changed (a move changes the row's version) get a
    /// fresh autosaver at the new version, unless the user is typing in them: then the autosaver's merge takes care of it.
    /// </summary>
    private async Task ApplySquareAsync(CanvasSquare square, IReadOnlyList<CanvasItemView> views)
    {
        var current = _items[square].ToDictionary(i => i.Id);
        var updated = new List<ItemState>();
        foreach (var view in views)
        {
            if (current.Remove(view.Id, out var state))
            {
                var saver = state.Saver;
                if (saver.Version != view.Version && saver.State == SaveState.Saved && !saver.HasUnsavedChanges)
                {
                    await RemoveSaverAsync(saver);
                    state.Saver = CreateItemSaver(view);
                }
            }
            else
            {
                state = new ItemState(view, CreateItemSaver(view));
            }
            updated.Add(state);
        }
        foreach (var gone in current.Values)
        {
            await RemoveSaverAsync(gone.Saver);
            _fields.Remove(gone.Id);
        }
        _items[square] = updated;
    }

    // ---- Deleting

    private async Task DeleteAsync(ItemState item)
    {
        var title = item.Square.Info().Title;
        var text = Short(item);
        var outcome = await DeleteHandler.HandleAsync(new DeleteCanvasItem.Command(PlanId, item.Id, item.Saver.Version));
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
            case OutcomeStatus.NotFound:
                var square = _items[item.Square];
                var index = square.IndexOf(item);
                square.Remove(item);
                _fields.Remove(item.Id);
                await RemoveSaverAsync(item.Saver);
                Announce($"Deleted {text} from {title}.");
                // Keep the keyboard user in the square: on the item that took its place, else the one before it.
                if (square.Count > 0) _focusAfterRender = square[Math.Min(index, square.Count - 1)].Id;
                break;
            case OutcomeStatus.Conflict:
                var theirs = outcome.Value!;
                if (!item.Saver.HasUnsavedChanges)
                {
                    await RemoveSaverAsync(item.Saver);
                    item.Saver = CreateItemSaver(theirs);
                }
                Snackbar.Add("Someone changed this item since you last saw it, so it was not deleted. Read their version, then delete it again if you still want to.",
                    Severity.Warning);
                break;
            default:
                Snackbar.Add("You can no longer change this canvas, so nothing was deleted.", Severity.Error);
                break;
        }
    }

    // ---- Seeding

    private async Task SeedAsync()
    {
        _seeding = true;
        try
        {
            var outcome = await SeedHandler.HandleAsync(new SeedCanvas.Command(PlanId));
            if (!outcome.IsOk)
            {
                Snackbar.Add("You can no longer change this canvas, so nothing was copied.", Severity.Error);
                return;
            }
            var result = outcome.Value!;
            if (result.Added > 0)
            {
                var fresh = await CanvasHandler.HandleAsync(PlanId);
                if (fresh.Value is { } canvas)
                {
                    foreach (var square in canvas.Squares) await ApplySquareAsync(square.Square, square.Items);
                }
            }
            Snackbar.Add(result.Message, result.Added > 0 ? Severity.Success : Severity.Info);
            Announce(result.Message);
        }
        finally
        {
            _seeding = false;
        }
    }

    // ---- Wording

    private IReadOnlyList<CanvasItemOrigin> OriginsOf(Guid itemId) => _canvas?.Origins.Where(o => o.ItemId == itemId).ToList() ?? [];

    private void Announce(string message) => _announcement = message;

    private static string TeamLine(CanvasView canvas) =>
        string.Join(" · ", new[] { canvas.TeamName, canvas.Region }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static string Short(ItemState item) => Short(item.Saver[TextField]);

    /// <summary>An item's text as it reads inside a button's name or an announcement: quoted, and cut if long.</summary>
    private static string Short(string text)
    {
        text = text.Trim();
        if (text.Length == 0) return "the empty item";
        return text.Length <= 60 ? $"“{text}”" : $"“{text[..57].TrimEnd()}…”";
    }

    private static string EmptyPrompt(CanvasSquare square) => square switch
    {
        CanvasSquare.KeyPartners => "Nothing here yet. Add a partner you need, such as an employer, a union or a college.",
        CanvasSquare.KeyStrategies => "Nothing here yet. Add something the team will do, such as a training program or an employer pledge.",
        CanvasSquare.KeyAssets => "Nothing here yet. Add something you already have, such as a grant, a data set or a trusted relationship.",
        CanvasSquare.BudgetAndCost => "Nothing here yet. Add a cost, a source of money, or a budget question still open.",
        CanvasSquare.ExtendedValuePropositions => "Nothing here yet. Add what one partner or stakeholder gets out of this work.",
        CanvasSquare.BuyInAndSupport => "Nothing here yet. Add someone whose support you need, and how you will win it.",
        CanvasSquare.ImplementationAndLaunch => "Nothing here yet. Add a first step, such as a pilot and when it starts.",
        CanvasSquare.ImpactMeasures => "Nothing here yet. Add a number or milestone that will show the work is paying off.",
        CanvasSquare.Beneficiaries => "Nothing here yet. Add a group of workers or jobseekers the work is for.",
        _ => "Nothing here yet.",
    };
}
