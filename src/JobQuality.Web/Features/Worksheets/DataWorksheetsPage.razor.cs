using JobQuality.Core.Common;
using JobQuality.Core.Plans;
using JobQuality.Core.Workbook;
using JobQuality.Core.Worksheets;
using JobQuality.Web.Features.Shared;
using JobQuality.Web.Features.Shared.Editing;
using JobQuality.Web.Features.Workbook;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobQuality.Web.Features.Worksheets;

public sealed partial class DataWorksheetsPage
{
    public const string DataTypeField = nameof(DataNeed.DataType);
    public const string AvailabilityField = nameof(DataNeed.Availability);
    public const string HolderField = nameof(DataNeed.Holder);
    public const string LocationField = nameof(DataNeed.Location);
    private const string DifferenceField = nameof(KeyDifference.Difference);
    private const string EvidenceField = nameof(KeyDifference.Evidence);
    private const string TextField = nameof(SuccessIndicator.Text);

    [Inject] private SaveWorkbookAnswer.Handler SaveAnswerHandler { get; set; } = default!;
    [Inject] private GetDataWorksheets.Handler GetHandler { get; set; } = default!;
    [Inject] private AddDataNeed.Handler AddNeedHandler { get; set; } = default!;
    [Inject] private SaveDataNeed.Handler SaveNeedHandler { get; set; } = default!;
    [Inject] private DeleteDataNeed.Handler DeleteNeedHandler { get; set; } = default!;
    [Inject] private AddKeyDifference.Handler AddDifferenceHandler { get; set; } = default!;
    [Inject] private SaveKeyDifference.Handler SaveDifferenceHandler { get; set; } = default!;
    [Inject] private DeleteKeyDifference.Handler DeleteDifferenceHandler { get; set; } = default!;
    [Inject] private AddIndicator.Handler AddIndicatorHandler { get; set; } = default!;
    [Inject] private SaveIndicator.Handler SaveIndicatorHandler { get; set; } = default!;
    [Inject] private DeleteIndicator.Handler DeleteIndicatorHandler { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private sealed record NeedRow(Guid Id, DataPurpose Purpose, int Position, Autosaver Saver);

    private sealed record IndicatorRow(Guid Id, IndicatorKind Kind, Autosaver Saver);

    private sealed record DifferenceRow(Guid Id, Autosaver Saver, List<IndicatorRow> Indicators);

    private sealed record Commitment(string Field, string PickLabel, Func<IReadOnlyList<string>> Options);

    private DataWorksheetsView? _view;
    private readonly Dictionary<string, Autosaver> _answers = [];
    private readonly List<NeedRow> _needs = [];
    private readonly List<DifferenceRow> _differences = [];
    private string _announcement = "";

    protected override string ToolKey => DataWorksheets.ToolKey;

    private static FormSection MindsetSection => DataWorksheets.Form.Sections[0];

    private static FormSection CommitmentsSection => DataWorksheets.Form.Sections[1];

    private static FormField Field(string key) => DataWorksheets.Form.FindField(key)!;

    private static readonly IReadOnlyList<(string Name, string Meaning)> AvailabilityGuide =
    [
        ("HI: we have it", "The team already holds this data and can use it."),
        ("Held by another organization", "Someone else has it: name them, so the gap view can group what to ask each of them for."),
        ("DE: doesn't exist yet", "Nobody collects it, or not in a form you can use: it will have to be created."),
        ("Not checked yet", "Nobody has found out yet. The gap view lists these as questions to answer."),
    ];

    private IReadOnlyList<Commitment> Commitments =>
    [
        new(DataWorksheets.ShareField, "Start from a row of worksheet 1 you have or a partner holds",
            () => _needs.Where(n => AvailabilityOf(n.Saver) is DataAvailability.HaveIt or DataAvailability.HeldBy).Select(n => n.Saver[DataTypeField]).ToOptions()),
        new(DataWorksheets.CollectField, "Start from a row of worksheet 1 that does not exist yet",
            () => _needs.Where(n => AvailabilityOf(n.Saver) == DataAvailability.DoesNotExist).Select(n => n.Saver[DataTypeField]).ToOptions()),
        new(DataWorksheets.TrackField, "Start from an indicator of worksheet 2",
            () => _differences.SelectMany(d => d.Indicators).Select(i => i.Saver[TextField]).ToOptions()),
    ];

    public static DataAvailability AvailabilityOf(Autosaver saver) =>
        EnumNames.Parse<DataAvailability>(saver[AvailabilityField]) ?? DataAvailability.NotChecked;

    protected override async Task LoadAsync()
    {
        var outcome = await GetHandler.HandleAsync(PlanId);
        if (!outcome.IsOk)
        {
            Navigation.NotFound();
            return;
        }
        _view = outcome.Value!;
        _answers.Clear();
        foreach (var field in DataWorksheets.Form.Fields)
        {
            var answer = _view.Answers[field.Key];
            _answers[field.Key] = CreateAnswerSaver(SaveAnswerHandler, field, answer);
        }
        _needs.Clear();
        _needs.AddRange(_view.Needs.Select(n => new NeedRow(n.Id, n.Purpose, n.Position, CreateNeedSaver(n))));
        _differences.Clear();
        _differences.AddRange(_view.Differences.Select(d => new DifferenceRow(d.Id, CreateDifferenceSaver(d),
            _view.Indicators.Where(i => i.KeyDifferenceId == d.Id).Select(i => new IndicatorRow(i.Id, i.Kind, CreateIndicatorSaver(i))).ToList())));
    }

    private ToolProgress LiveProgress => DataWorksheets.Progress(
        _answers.Where(a => !string.IsNullOrWhiteSpace(a.Value[a.Key])).Select(a => a.Key),
        _needs.Select(n => n.Purpose), _differences.Count,
        _differences.SelectMany(d => d.Indicators.Select(i => (d.Id, i.Kind))));

    /// <summary>The gap view as typed, saved or not.</summary>
    private DataGapsView LiveGaps => DataGapsView.Of(_needs.Select(n => new DataNeed
    {
        Id = n.Id,
        Purpose = n.Purpose,
        Position = n.Position,
        DataType = n.Saver[DataTypeField],
        Availability = AvailabilityOf(n.Saver),
        Holder = n.Saver[HolderField],
        Location = n.Saver[LocationField],
    }));

    // ---- Autosavers of rows

    private static IReadOnlyDictionary<string, string> Fields(DataNeedView n) => new Dictionary<string, string>
    {
        [DataTypeField] = n.DataType,
        [AvailabilityField] = n.Availability.ToString(),
        [HolderField] = n.Holder,
        [LocationField] = n.Location,
    };

    private Autosaver CreateNeedSaver(DataNeedView need) => CreateSaver(Fields(need), need.Version,
        async (values, version) => Deleted(await SaveNeedHandler.HandleAsync(new SaveDataNeed.Command(PlanId, need.Id, version, values[DataTypeField],
            EnumNames.Parse<DataAvailability>(values[AvailabilityField]) ?? DataAvailability.NotChecked, values[HolderField], values[LocationField])),
            DataTypeField, Fields, v => v.Version),
        $"the row “{need.DataType}” of worksheet 1",
        new Dictionary<string, string> { [DataTypeField] = "Type of data", [AvailabilityField] = "Availability", [HolderField] = "Held by", [LocationField] = "Where it sits" },
        (field, value) => field == AvailabilityField ? (EnumNames.Parse<DataAvailability>(value) ?? DataAvailability.NotChecked).Describe() : value);

    private static IReadOnlyDictionary<string, string> Fields(KeyDifferenceView d) =>
        new Dictionary<string, string> { [DifferenceField] = d.Difference, [EvidenceField] = d.Evidence };

    private Autosaver CreateDifferenceSaver(KeyDifferenceView difference) => CreateSaver(Fields(difference), difference.Version,
        async (values, version) => Deleted(await SaveDifferenceHandler.HandleAsync(
            new SaveKeyDifference.Command(PlanId, difference.Id, version, values[DifferenceField], values[EvidenceField])), DifferenceField, Fields, v => v.Version),
        "a key difference of worksheet 2", new Dictionary<string, string> { [DifferenceField] = "Key difference", [EvidenceField] = "What we will see" });

    private static IReadOnlyDictionary<string, string> Fields(IndicatorView i) => new Dictionary<string, string> { [TextField] = i.Text };

    private Autosaver CreateIndicatorSaver(IndicatorView indicator) => CreateSaver(Fields(indicator), indicator.Version,
        async (values, version) => Deleted(await SaveIndicatorHandler.HandleAsync(
            new SaveIndicator.Command(PlanId, indicator.Id, version, values[TextField])), TextField, Fields, v => v.Version),
        $"the indicator “{indicator.Text}”", new Dictionary<string, string> { [TextField] = "Indicator" });

    /// <summary>A save of a row someone deleted meanwhile says so under the field, rather than failing silently.</summary>
    private static SaveAttempt Deleted<TView>(
        Outcome<TView> outcome, string field, Func<TView, IReadOnlyDictionary<string, string>> fields, Func<TView, uint> version) =>
        outcome.Status == OutcomeStatus.NotFound
            ? new SaveAttempt(OutcomeStatus.Invalid, Errors: [new FieldError(field, "Someone deleted this row while you were editing it, so this was not saved. Add it again to keep it.")])
            : SaveAttempt.From(outcome, fields, version);

    // ---- Adding and deleting

    private async Task<string?> AddNeedAsync(DataPurpose purpose, string text)
    {
        var outcome = await AddNeedHandler.HandleAsync(new AddDataNeed.Command(PlanId, purpose, text));
        if (outcome.Value is { } need && outcome.IsOk)
        {
            _needs.Add(new NeedRow(need.Id, need.Purpose, need.Position, CreateNeedSaver(need)));
            _announcement = $"Added “{need.DataType}” to the {purpose.Describe().ToLowerInvariant()} list. Say whether it exists next.";
        }
        return Refusal(outcome);
    }

    private async Task DeleteNeedAsync(NeedRow row) =>
        await DeleteAsync(row.Saver, v => DeleteNeedHandler.HandleAsync(new DeleteDataNeed.Command(PlanId, row.Id, v)), () => _needs.Remove(row),
            $"“{row.Saver[DataTypeField]}”");

    private async Task<string?> AddDifferenceAsync(string text)
    {
        var outcome = await AddDifferenceHandler.HandleAsync(new AddKeyDifference.Command(PlanId, text));
        if (outcome.Value is { } difference && outcome.IsOk)
        {
            _differences.Add(new DifferenceRow(difference.Id, CreateDifferenceSaver(difference), []));
            _announcement = $"Added key difference {_differences.Count}. Say what you will see if it occurred, then add its indicators.";
        }
        return Refusal(outcome);
    }

    private async Task DeleteDifferenceAsync(DifferenceRow row) =>
        await DeleteAsync(row.Saver, v => DeleteDifferenceHandler.HandleAsync(new DeleteKeyDifference.Command(PlanId, row.Id, v)), () =>
        {
            _differences.Remove(row);
            foreach (var indicator in row.Indicators) _ = RemoveSaverAsync(indicator.Saver);
        }, "the key difference and its indicators");

    private async Task<string?> AddIndicatorAsync(DifferenceRow difference, IndicatorKind kind, string text)
    {
        var outcome = await AddIndicatorHandler.HandleAsync(new AddIndicator.Command(PlanId, difference.Id, kind, text));
        if (outcome.Value is { } indicator && outcome.IsOk)
        {
            difference.Indicators.Add(new IndicatorRow(indicator.Id, indicator.Kind, CreateIndicatorSaver(indicator)));
            _announcement = $"Added the {kind.Describe().ToLowerInvariant()} “{indicator.Text}”.";
        }
        return Refusal(outcome);
    }

    private async Task DeleteIndicatorAsync(DifferenceRow difference, IndicatorRow row) =>
        await DeleteAsync(row.Saver, v => DeleteIndicatorHandler.HandleAsync(new DeleteIndicator.Command(PlanId, row.Id, v)),
            () => difference.Indicators.Remove(row), $"the indicator “{row.Saver[TextField]}”");

    /// <summary>Deletes a row as last saved; if someone changed it since, it stays and the user is told to read it first.</summary>
    private async Task DeleteAsync<TView>(Autosaver saver, Func<uint, Task<Outcome<TView>>> delete, Action remove, string what)
    {
        await saver.FlushAsync();
        var outcome = await delete(saver.Version);
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
            case OutcomeStatus.NotFound:
                remove();
                await RemoveSaverAsync(saver);
                _announcement = $"Deleted {what}.";
                break;
            case OutcomeStatus.Conflict:
                Snackbar.Add("Someone changed this since you last saw it, so it was not deleted. Reload the page to read their version.", Severity.Warning);
                break;
            default:
                Snackbar.Add("You can no longer change this plan, so nothing was deleted.", Severity.Error);
                break;
        }
    }

    /// <summary>
    /// What to tell the add field. The add field calls back through a plain delegate, which does not re-render this page
    /// on its own: render here, so the new row shows.
    /// </summary>
    private string? Refusal<TView>(Outcome<TView> outcome)
    {
        StateHasChanged();
        return RefusalOf(outcome);
    }

    private static string? RefusalOf<TView>(Outcome<TView> outcome) => outcome.Status switch
    {
        OutcomeStatus.Ok => null,
        OutcomeStatus.Invalid => outcome.FieldErrors[0].Message,
        _ => "You can no longer change this plan, so nothing was added.",
    };

    private async Task UseOptionAsync(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        _answers[field].Edit(field, text);
        await _answers[field].FlushAsync();
    }

    // ---- Wording

    private static string PurposeTitle(DataPurpose purpose) => purpose == DataPurpose.Baseline
        ? "Data to understand the baseline"
        : "Data to understand the change";

    private static string PurposeGuidance(DataPurpose purpose) => purpose == DataPurpose.Baseline
        ? "Where things stand before the work starts: placements, wages, schedules, benefits, who is placed where."
        : "What will show the work is changing things: the same measures over time, plus what workers and employers report.";

    private static string KindGuidance(IndicatorKind kind) => kind == IndicatorKind.Process
        ? "Outputs you count: contracts signed, employers enrolled, dollars invested."
        : "Outcomes you measure before and after: median wage, share of quality jobs, retention.";
}

internal static class OptionLists
{
    /// <summary>Non-blank texts, each once, in order.</summary>
    public static IReadOnlyList<string> ToOptions(this IEnumerable<string> texts) =>
        texts.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
