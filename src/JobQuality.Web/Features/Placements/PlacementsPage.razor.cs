using System.Text.Json;
using JobQuality.Core.Baseline;
using JobQuality.Core.Scoring.Csv;
using JobQuality.Web.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace JobQuality.Web.Features.Placements;

/// <summary>
/// The upload goes from the browser straight to <c>POST /api/orgs/{slug}/placements</c> (a 250 MB file must not travel
/// through the live connection). The page follows it in three steps: sending (the browser reports), checking and
/// storing (the import record, polled), scoring (the run, polled).
/// </summary>
public sealed partial class PlacementsPage
{
    private const string FileInputId = "placements-file";
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(1);

    private enum Step { Idle, Sending, Checking, Scoring, Done, Failed }

    private sealed record ChosenFile(string Name, long Size);

    [Parameter] public string Slug { get; set; } = "";
    [CascadingParameter] private ViewerTime Viewer { get; set; } = ViewerTime.Utc;

    private ListPlacementImports.Result? _list;
    private ChosenFile? _chosen;
    private Step _step = Step.Idle;
    private int _sentPercent;
    private PlacementImportView? _import;
    private Guid _importId;
    private string? _message;
    private bool _messageIsError;
    private IReadOnlyList<CsvError>? _problems;
    private int _problemTotal;
    private bool _following;
    private DotNetObjectReference<PlacementsPage>? _self;
    private readonly CancellationTokenSource _leaving = new();

    private bool Busy => _step is Step.Sending or Step.Checking;

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var outcome = await ListHandler.HandleAsync(Slug);
        if (!outcome.IsOk)
        {
            NavigationManager.NotFound();
            return;
        }
        _list = outcome.Value;
        Workspace.Show(Slug);
    }

    private async Task ChooseFileAsync(ChangeEventArgs _)
    {
        _chosen = await JS.InvokeAsync<ChosenFile?>("jobQuality.chosenFile", FileInputId);
        _message = null;
        _problems = null;
        _step = Step.Idle;
    }

    private async Task UploadAsync()
    {
        _self ??= DotNetObjectReference.Create(this);
        _importId = Guid.CreateVersion7();
        (_step, _sentPercent, _import, _message, _problems) = (Step.Sending, 0, null, null, null);
        var started = await JS.InvokeAsync<bool>("jobQuality.uploadFile", FileInputId, $"api/orgs/{Slug}/placements?importId={_importId}", _self);
        if (!started) Fail("Choose a file first.");
    }

    /// <summary>The browser has sent another percent of the file; once all is sent, the server is checking it.</summary>
    [JSInvokable]
    public async Task UploadProgress(int percent)
    {
        _sentPercent = percent;
        if (percent >= 100 && _step == Step.Sending)
        {
            _step = Step.Checking;
            StartFollowing();
        }
        await InvokeAsync(StateHasChanged);
    }

    /// <summary>The server has answered: stored (and maybe scoring), rejected with problems, or refused.</summary>
    [JSInvokable]
    public async Task UploadFinished(int status, string body)
    {
        ImportPlacements.Result? result = null;
        try
        {
            if (status is StatusCodes.Status200OK or StatusCodes.Status400BadRequest) result = JsonSerializer.Deserialize<ImportPlacements.Result>(body, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            // Not an import result (e.g. a proxy's error page): handled below by status.
        }

        if (result is null)
        {
            Fail(status switch
            {
                0 => "The connection broke off while sending the file; nothing was stored. Check the connection and try again.",
                StatusCodes.Status413PayloadTooLarge => "The file is larger than 250 MB. Split it into smaller files and upload each one.",
                StatusCodes.Status401Unauthorized => "Your session has ended. Sign in again, then upload the file again.",
                _ => "The file could not be imported because of a problem on our side; nothing was stored. Try again in a few minutes.",
            });
        }
        else if (!result.Stored)
        {
            var errors = await ErrorsHandler.HandleAsync(new GetImportErrors.Query(Slug, result.ImportId, 0, GetImportErrors.MaxPageSize));
            _problems = errors.Value?.Errors ?? result.Errors.Take(GetImportErrors.MaxPageSize).ToList();
            _problemTotal = errors.Value?.Total ?? result.Errors.Count;
            Fail(result.Message);
        }
        else
        {
            _message = result.Message;
            _messageIsError = false;
            _step = result.ScoringRunId is null ? Step.Done : Step.Scoring;
            if (_step == Step.Scoring) StartFollowing();
        }
        await LoadAsync();
        await InvokeAsync(StateHasChanged);
    }

    private void StartFollowing()
    {
        if (!_following) _ = FollowAsync();
    }

    /// <summary>Polls the import record while the server checks and stores the file, then its scoring run until it ends.</summary>
    private async Task FollowAsync()
    {
        _following = true;
        try
        {
            while (_step is Step.Checking or Step.Scoring)
            {
                await Task.Delay(PollEvery, _leaving.Token);
                var outcome = await ImportHandler.HandleAsync(new GetPlacementImport.Query(Slug, _importId), _leaving.Token);
                if (outcome.Value is not { } import) continue; // the record appears once the whole file has arrived
                _import = import;
                if (_step == Step.Scoring && import.Scoring is { IsActive: false } run)
                {
                    _step = run.Status == ScoringRunStatus.Done ? Step.Done : Step.Failed;
                    if (run.Status == ScoringRunStatus.Failed) Fail(run.Problem ?? "Scoring failed.");
                    await LoadAsync();
                }
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was left; the import and scoring go on without it.
        }
        finally
        {
            _following = false;
        }
    }

    private void Fail(string message)
    {
        _step = Step.Failed;
        _message = message;
        _messageIsError = true;
    }

    private string StepText => _step switch
    {
        Step.Sending => $"Step 1 of 3: sending the file ({_sentPercent} %)",
        Step.Checking => _import is { } import
            ? $"Step 2 of 3: checking and storing the rows ({import.PercentRead} % read)"
            : "Step 2 of 3: the file has arrived; checking starts in a moment",
        Step.Scoring => _import?.Scoring is { Status: ScoringRunStatus.Running, Total: > 0 } run
            ? $"Step 3 of 3: scoring the placements against your standards ({run.Scored:N0} of {run.Total:N0})"
            : "Step 3 of 3: scoring will start in a moment",
        Step.Done => "Done: the placements are stored and scored.",
        _ => "Stopped.",
    };

    private int? StepPercent => _step switch
    {
        Step.Sending => _sentPercent,
        Step.Checking => _import?.PercentRead ?? 0,
        Step.Scoring => _import?.Scoring?.PercentDone ?? 0,
        _ => null,
    };

    private static string ScoringText(ScoringRunView? run) => run switch
    {
        null => "Nothing to score",
        { Status: ScoringRunStatus.Queued } => "Waiting to start",
        { Status: ScoringRunStatus.Running } => $"Scoring: {run.PercentDone} %",
        { Status: ScoringRunStatus.Failed } => "Failed; the previous results are still shown",
        { Problem: { } problem } => problem,
        _ => $"Scored ({run.Total:N0})",
    };

    private static string FileSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";

    public async ValueTask DisposeAsync()
    {
        await _leaving.CancelAsync();
        _leaving.Dispose();
        _self?.Dispose();
    }
}
