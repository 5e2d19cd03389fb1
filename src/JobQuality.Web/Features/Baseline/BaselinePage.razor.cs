using JobQuality.Core.Scoring.Standards;
using JobQuality.Web.Features.Shared;
using Microsoft.AspNetCore.Components;

namespace JobQuality.Web.Features.Baseline;

public sealed partial class BaselinePage : IAsyncDisposable
{
    /// <summary>How often the page asks whether a scoring run has finished, while one is queued or running.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    /// <summary>The organization, at <c>orgs/{slug}/baseline</c>.</summary>
    [Parameter] public string? Slug { get; set; }

    /// <summary>The plan the baseline is seen from, at <c>plans/{id}/baseline</c>: its team discusses the figures here.</summary>
    [Parameter] public Guid? PlanId { get; set; }

    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }
    [SupplyParameterFromQuery(Name = "program")] public string? Program { get; set; }
    [SupplyParameterFromQuery(Name = "county")] public string? County { get; set; }

    [Inject] private GetBaseline.Handler Handler { get; set; } = default!;
    [Inject] private GetScoringStatus.Handler StatusHandler { get; set; } = default!;
    [Inject] private WorkspaceState Workspace { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ILogger<BaselinePage> Logger { get; set; } = default!;
    [CascadingParameter] private ViewerTime Time { get; set; } = ViewerTime.Utc;

    private readonly CancellationTokenSource _stop = new();
    private GetBaseline.Result? _result;
    private string? _filterProblem;
    private string? _announcement;
    private int _breakdownTab;
    private Task? _polling;

    /// <summary>The organization shown (from the address, or the plan's).</summary>
    private string OrganizationSlug => _result?.Organization.Slug ?? Slug ?? "";

    private string CsvHref
    {
        get
        {
            var filter = _result?.Filter;
            var query = new List<string>();
            if (BaselineAddress.Format(filter?.From) is { } from) query.Add($"from={from}");
            if (BaselineAddress.Format(filter?.To) is { } to) query.Add($"to={to}");
            if (filter?.Program is { } program) query.Add($"program={Uri.EscapeDataString(program)}");
            if (filter?.CountyFips is { } county) query.Add($"county={Uri.EscapeDataString(county)}");
            return $"api/orgs/{Uri.EscapeDataString(OrganizationSlug)}/baseline.csv" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        }
    }

    /// <summary>The principles a goal can be about: those of the standards the figures were measured with.</summary>
    private IReadOnlyList<Principle> GoalPrinciples =>
        _result?.View is { Principles.Count: > 0 } view ? view.Principles.Select(p => p.Principle).ToList() : Enum.GetValues<Principle>();

    /// <summary>The groups each breakdown names in the figures shown, offered when a goal is about one group.</summary>
    private IReadOnlyDictionary<string, IReadOnlyList<string>> GoalGroups =>
        _result?.View?.Breakdowns.ToDictionary(b => b.Column, b => (IReadOnlyList<string>)b.Groups.Select(g => g.Group).ToList())
        ?? new Dictionary<string, IReadOnlyList<string>>();

    protected override async Task OnParametersSetAsync()
    {
        _announcement = null;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var (query, problem) = BaselineAddress.Parse(Slug ?? "", From, To, Program, County);
        _filterProblem = problem?.Message;
        var outcome = await Handler.HandleAsync(query with { PlanId = PlanId }, _stop.Token);
        if (outcome.Status == OutcomeStatus.Invalid)
        {
            _filterProblem = $"{outcome.FieldErrors[0].Message} Showing all placements instead.";
            outcome = await Handler.HandleAsync(new GetBaseline.Query(Slug ?? "", PlanId: PlanId), _stop.Token);
        }
        if (!outcome.IsOk)
        {
            Workspace.Show(null);
            Navigation.NotFound();
            return;
        }
        _result = outcome.Value!;
        // Seen from a plan, the plan stays the workspace: its menu, its comments panel and who else is viewing it.
        Workspace.Show(_result.Organization.Slug, _result.Plan?.Id, _result.Plan?.Name);
    }

    private void ApplyFiltersAsync((string? From, string? To, string? Program, string? County) filters)
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["from"] = filters.From,
            ["to"] = filters.To,
            ["program"] = filters.Program,
            ["county"] = filters.County,
            ["thread"] = null, // a notification's link opened the comments panel once; new filters do not reopen it
        }));
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Only a live page polls; the prerendered one is replaced as soon as the circuit connects.
        if (firstRender && RendererInfo.IsInteractive) _polling = PollAsync(_stop.Token);
    }

    /// <summary>While a scoring run is queued or running, asks every two seconds whether it is done, then reloads the figures.</summary>
    private async Task PollAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                if (_result?.LatestRun is not { IsActive: true } running) continue;
                try
                {
                    var outcome = await StatusHandler.HandleAsync(OrganizationSlug, ct);
                    if (!outcome.IsOk) continue;
                    var latest = outcome.Value;
                    await InvokeAsync(async () =>
                    {
                        if (latest is { IsActive: true } && latest.Id == running.Id)
                        {
                            _result = _result! with { LatestRun = latest };
                        }
                        else
                        {
                            await LoadAsync();
                            _announcement = latest?.Status == Core.Baseline.ScoringRunStatus.Failed
                                ? "Scoring did not finish; the figures are unchanged."
                                : "Scoring finished: the figures are up to date.";
                        }
                        StateHasChanged();
                    });
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    Logger.LogWarning(exception, "Checking the scoring run of {OrganizationSlug} failed; trying again", OrganizationSlug);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_polling is not null) await _polling;
        _stop.Dispose();
    }
}
