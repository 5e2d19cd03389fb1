using JobQuality.Core.Scoring.Standards;
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
    [Inject] private AutosaverFactory Autosavers { get; set; } = default!;
    [Inject] private WorkspaceState Workspace { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [CascadingParameter] private ViewerTime Time { get; set; } = ViewerTime.Utc;

    private ListStandardsVersions.Result? _list;
    private StandardsVersionView? _selected;
    private Autosaver? _saver;
    private string? _message;
    private (string Text, IReadOnlyList<string> Problems)? _check;

    /// <summary>The problems of the text in the editor, worked out again only when the text changes.</summary>
    private IReadOnlyList<string> LiveProblems
    {
        get
        {
            var text = _saver?[SaveDraft.DocumentField] ?? _selected?.Document ?? "";
            if (_check is not { } check || check.Text != text)
            {
                var notJson = StandardsText.Normalize(text).Error;
                var fileName = _selected?.FileName ?? "standards.json";
                _check = (text, notJson is not null ? [notJson.Format(fileName)] : StandardsFiles.Problems(text, fileName));
            }
            return _check.Value.Problems;
        }
    }

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
        if (version.Status == StandardsStatus.Draft)
        {
            _saver = Autosavers.Create(
                new Dictionary<string, string> { [SaveDraft.DocumentField] = version.Document }, version.Version,
                async (values, v) => SaveAttempt.From(
                    await SaveHandler.HandleAsync(new SaveDraft.Command(Slug, version.Number, v, values[SaveDraft.DocumentField])),
                    saved => new Dictionary<string, string> { [SaveDraft.DocumentField] = saved.Document }, saved => saved.Version),
                $"the standards JSON of version {version.Number}", new Dictionary<string, string> { [SaveDraft.DocumentField] = "Standards JSON" },
                InvokeAsync, StateHasChanged);
        }
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
            _message = $"Version {selected.Number} has {LiveProblems.Count} problem(s) to fix first; they are listed beside the JSON.";
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
