using JobQuality.Core.Scoring.Standards;
using JobQuality.Web.Features.LivingWage;
using JobQuality.Web.Features.Shared;
using JobQuality.Web.Features.Shared.Editing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace JobQuality.Web.Features.Standards;

public sealed partial class StandardsPage : IAsyncDisposable
{
    [Parameter] public string Slug { get; set; } = "";

    [Inject] private ListStandardsVersions.Handler ListHandler { get; set; } = default!;
    [Inject] private GetStandardsVersion.Handler GetHandler { get; set; } = default!;
    [Inject] private CreateDraft.Handler CreateHandler { get; set; } = default!;
    [Inject] private SaveDraft.Handler SaveHandler { get; set; } = default!;
    [Inject] private PublishStandards.Handler PublishHandler { get; set; } = default!;
    [Inject] private ListLivingWageTables.Handler TablesHandler { get; set; } = default!;
    [Inject] private AutosaverFactory Autosavers { get; set; } = default!;
    [Inject] private WorkspaceState Workspace { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [CascadingParameter] private ViewerTime Time { get; set; } = ViewerTime.Utc;

    private const int CardsView = 0;
    private const int JsonView = 1;

    private ListStandardsVersions.Result? _list;
    private IReadOnlyList<LivingWageTableSummary> _tables = [];
    private StandardsVersionView? _selected;
    private Autosaver? _saver;
    private string? _message;
    private int _view = CardsView;
    private (string Text, IReadOnlyList<StandardsError> Errors, IReadOnlyList<string> Lines)? _check;
    private (string Text, CardsReading Reading)? _cards;
    private (CardsReading Reading, IReadOnlyList<StandardsError> Errors, CardProblems Problems)? _located;

    /// <summary>Whether the selected version is a draft the caller may edit (others see it read-only).</summary>
    private bool Editable => _selected?.Status == StandardsStatus.Draft && _list?.CanEdit == true;

    /// <summary>The standards text shown: the draft as typed, or the stored version.</summary>
    private string CurrentText => _saver?[SaveDraft.DocumentField] ?? _selected?.Document ?? "";

    /// <summary>The problems of the text in the editor (worked out again only when the text changes).</summary>
    private IReadOnlyList<StandardsError> Errors => Check.Errors;

    /// <summary>The same problems in the very lines <c>jobquality validate</c> prints for the downloaded file.</summary>
    private IReadOnlyList<string> LiveProblems => Check.Lines;

    private (string Text, IReadOnlyList<StandardsError> Errors, IReadOnlyList<string> Lines) Check
    {
        get
        {
            var text = CurrentText;
            if (_check is not { } check || check.Text != text)
            {
                var notJson = StandardsText.Normalize(text).Error;
                IReadOnlyList<StandardsError> errors = notJson is not null ? [notJson] : StandardsJson.Read(text).Errors;
                var fileName = _selected?.FileName ?? "standards.json";
                _check = (text, errors, errors.Select(e => e.Format(fileName)).ToList());
            }
            return _check.Value;
        }
    }

    /// <summary>The text read as cards; the cards' own edits keep the same cards (and the inputs their state).</summary>
    private CardsReading Reading
    {
        get
        {
            var text = CurrentText;
            if (_cards is not { } cards || cards.Text != text) _cards = (text, StandardsCards.Read(text));
            return _cards.Value.Reading;
        }
    }

    /// <summary>The problems, each placed on the card and criterion it names.</summary>
    private CardProblems Problems
    {
        get
        {
            var reading = Reading;
            var errors = Errors;
            if (_located is not { } located || !ReferenceEquals(located.Reading, reading) || !ReferenceEquals(located.Errors, errors))
            {
                _located = (reading, errors, reading.Cards?.Locate(errors) ?? new CardProblems(errors));
            }
            return _located.Value.Problems;
        }
    }

    /// <summary>The cards when they can show the text; the JSON otherwise, whatever was chosen.</summary>
    private int ShownView => Reading.Cards is null ? JsonView : _view;

    /// <summary>Whether pay is measured against a living wage table (in standards the cards or the engine can read).</summary>
    private bool UsesLivingWage => Reading.Cards?.UsesLivingWage
        ?? StandardsJson.Read(CurrentText).Standards?.Used.Any(p => p.Criteria.Any(c => c.Op == CriterionOp.LivingWage)) ?? false;

    protected override async Task OnParametersSetAsync()
    {
        if (!await LoadListAsync()) return;
        var latest = _list!.Versions.FirstOrDefault(v => v.Status == StandardsStatus.Draft) ?? _list.Versions.FirstOrDefault();
        if (latest is not null) await SelectAsync(latest.Number);
    }

    private async Task<bool> LoadListAsync()
    {
        var outcome = await ListHandler.HandleAsync(Slug);
        if (!outcome.IsOk)
        {
            Workspace.Show(null);
            Navigation.NotFound();
            return false;
        }
        _list = outcome.Value!;
        Workspace.Show(Slug);
        var tables = await TablesHandler.HandleAsync(Slug);
        _tables = tables.Value?.Tables ?? [];
        return true;
    }

    private async Task SelectAsync(int number)
    {
        var outcome = await GetHandler.HandleAsync(Slug, number);
        if (!outcome.IsOk)
        {
            _message = "That version is no longer available.";
            return;
        }
        await ShowAsync(outcome.Value!);
    }

    private async Task ShowAsync(StandardsVersionView version)
    {
        await DisposeSaverAsync();
        _selected = version;
        _check = null;
        _cards = null;
        _view = CardsView;
        if (Editable)
        {
            _saver = Autosavers.Create(
                DraftValues(version), version.Version,
                async (values, v) => SaveAttempt.From(
                    await SaveHandler.HandleAsync(new SaveDraft.Command(Slug, version.Number, v, values[SaveDraft.DocumentField],
                        Guid.TryParse(values.GetValueOrDefault(SaveDraft.LivingWageTableField), out var table) ? table : null)),
                    DraftValues, saved => saved.Version),
                $"the standards of version {version.Number}",
                new Dictionary<string, string> { [SaveDraft.DocumentField] = "Standards JSON", [SaveDraft.LivingWageTableField] = "Living wage table" },
                InvokeAsync, StateHasChanged,
                (field, value) => field == SaveDraft.LivingWageTableField ? TableWords(value) : value);
        }
    }

    private static Dictionary<string, string> DraftValues(StandardsVersionView version) => new()
    {
        [SaveDraft.DocumentField] = version.Document,
        [SaveDraft.LivingWageTableField] = version.LivingWageTableId?.ToString() ?? LivingWageTableChoice.None,
    };

    private string TableWords(string id) =>
        string.IsNullOrEmpty(id) ? "None chosen (the newest table is used)"
        : _tables.FirstOrDefault(t => t.Id.ToString() == id) is { } table ? LivingWageTableChoice.Describe(table, Time)
        : "A table that is no longer available";

    private string? SaverError(string field) =>
        _saver?.Errors.FirstOrDefault(e => string.Equals(e.Field, field, StringComparison.OrdinalIgnoreCase))?.Message;

    /// <summary>The cards wrote the standards: their JSON is the draft's text, saved like typing in the JSON.</summary>
    private async Task CardsChangedAsync(bool commit)
    {
        if (_saver is not { } saver || _cards is not { Reading.Cards: { } cards } read) return;
        var json = cards.ToJson();
        _cards = (json, read.Reading);
        saver.Edit(SaveDraft.DocumentField, json);
        if (commit) await saver.FlushAsync();
    }

    private async Task ChooseTableAsync(string id)
    {
        if (_saver is not { } saver) return;
        saver.Edit(SaveDraft.LivingWageTableField, id);
        await saver.FlushAsync();
    }

    /// <summary>Switching views changes only what is shown: both read and write the same draft text.</summary>
    private Task ShowViewAsync(int view)
    {
        _view = view;
        return Task.CompletedTask;
    }

    private Task StartFromSampleAsync() => CreateAsync(new CreateDraft.Command(Slug, DraftSource.Sample));

    private Task CopyAsync() => CreateAsync(new CreateDraft.Command(Slug, DraftSource.Copy, CopyOf: _selected!.Number));

    private async Task ImportAsync(string text) => await CreateAsync(new CreateDraft.Command(Slug, DraftSource.Text, text));

    private async Task CreateAsync(CreateDraft.Command command)
    {
        _message = null;
        var outcome = await CreateHandler.HandleAsync(command);
        if (!outcome.IsOk)
        {
            _message = outcome.Status == OutcomeStatus.Invalid
                ? $"The file could not be imported: {string.Join(" ", outcome.FieldErrors.Select(e => e.Message))}"
                : "The draft could not be created. Reload the page and try again.";
            return;
        }
        await LoadListAsync();
        await ShowAsync(outcome.Value!);
        Snackbar.Add($"Draft version {outcome.Value!.Number} created.", Severity.Success);
    }

    private async Task PublishAsync()
    {
        _message = null;
        if (_saver is { } saver)
        {
            await saver.FlushAsync();
            if (saver.State != SaveState.Saved)
            {
                _message = "Save the draft first: it has changes that are not saved yet.";
                return;
            }
        }
        var selected = _selected!;
        if (LiveProblems.Count > 0)
        {
            _message = $"Version {selected.Number} has {LiveProblems.Count} problem(s) to fix first; they are listed under Check.";
            return;
        }
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            $"Publish version {selected.Number}?",
            "Placements will be scored against these standards from now on. The version in force now is retired, and this one can no longer be edited: to change it later, copy it to a new draft.",
            yesText: $"Publish version {selected.Number}", cancelText: "Not yet");
        if (confirmed != true) return;

        var outcome = await PublishHandler.HandleAsync(new PublishStandards.Command(Slug, selected.Number, _saver?.Version ?? selected.Version));
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                await LoadListAsync();
                await ShowAsync(outcome.Value!);
                Snackbar.Add($"Version {selected.Number} is published.", Severity.Success);
                break;
            case OutcomeStatus.Invalid:
                _message = $"Version {selected.Number} was not published: {string.Join(" ", outcome.FieldErrors.Select(e => e.Message))}";
                break;
            case OutcomeStatus.Conflict:
                _message = "Someone else changed or published the standards a moment ago. The page now shows what is stored.";
                await LoadListAsync();
                await ShowAsync(outcome.Value!);
                break;
            default:
                _message = "Only a director or administrator can publish the standards.";
                break;
        }
    }

    private string DownloadHref(StandardsVersionView version) => $"api/orgs/{Slug}/standards/{version.Number}?download=true";

    private async Task DisposeSaverAsync()
    {
        if (_saver is not { } saver) return;
        _saver = null;
        // Leaving the draft saves what is pending; a conflict found now stays unsaved rather than open a dialog nobody sees.
        saver.ResolveConflicts = null;
        try
        {
            await saver.FlushAsync();
        }
        finally
        {
            saver.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await DisposeSaverAsync();
}
