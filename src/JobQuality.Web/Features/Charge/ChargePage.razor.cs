using JobQuality.Core.Plans;
using JobQuality.Core.Workbook;
using JobQuality.Web.Features.Canvas;
using JobQuality.Web.Features.Shared;
using JobQuality.Web.Features.Shared.Editing;
using JobQuality.Web.Features.Workbook;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobQuality.Web.Features.Charge;

public sealed partial class ChargePage
{
    private const string TextField = nameof(FirstStep.Text);

    [Inject] private SaveWorkbookAnswer.Handler SaveAnswerHandler { get; set; } = default!;
    [Inject] private GetCharge.Handler GetHandler { get; set; } = default!;
    [Inject] private AddFirstStep.Handler AddHandler { get; set; } = default!;
    [Inject] private SaveFirstStep.Handler SaveHandler { get; set; } = default!;
    [Inject] private DeleteFirstStep.Handler DeleteHandler { get; set; } = default!;
    [Inject] private MoveFirstStep.Handler MoveHandler { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private sealed class StepRow(Guid id, Autosaver saver)
    {
        public Guid Id { get; } = id;
        public Autosaver Saver { get; set; } = saver;
    }

    private ChargeView? _view;
    private readonly Dictionary<string, Autosaver> _answers = [];
    private readonly List<StepRow> _steps = [];
    private string _announcement = "";

    protected override string ToolKey => OurCharge.ToolKey;

    private static FormField Field(string key) => OurCharge.Form.FindField(key)!;

    private string Answer(string key) => _answers[key][key];

    private IReadOnlyList<string> StepTexts => _steps.Select(s => s.Saver[TextField]).ToList();

    private IReadOnlyList<Guid> Picked => OurCharge.ParseIndicators(Answer(OurCharge.IndicatorsField));

    private IReadOnlyList<string> PickedTexts => ChargeView.Picked(Answer(OurCharge.IndicatorsField), _view!.Indicators);

    private ToolProgress LiveProgress => OurCharge.Progress(
        _answers.ToDictionary(a => a.Key, a => a.Value[a.Key]), _view?.ValuePropositionSentence is not null, _steps.Count, PickedTexts.Count);

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
        foreach (var field in OurCharge.Form.Fields)
        {
            var answer = _view.Answers[field.Key];
            // While nobody has written a charge, it starts as the value proposition; it is saved once someone changes it.
            var text = field.Key == OurCharge.ChargeField ? _view.Charge : answer.Text;
            _answers[field.Key] = CreateAnswerSaver(SaveAnswerHandler, field, answer, text);
        }
        _steps.Clear();
        _steps.AddRange(_view.Steps.Select(s => new StepRow(s.Id, CreateStepSaver(s))));
    }

    private Autosaver CreateStepSaver(FirstStepView step) => CreateSaver(
        new Dictionary<string, string> { [TextField] = step.Text }, step.Version,
        async (values, version) =>
        {
            var outcome = await SaveHandler.HandleAsync(new SaveFirstStep.Command(PlanId, step.Id, version, values[TextField]));
            if (outcome.Status == OutcomeStatus.NotFound)
            {
                return new SaveAttempt(OutcomeStatus.Invalid, Errors:
                    [new FieldError(TextField, "Someone deleted this step while you were editing it, so this was not saved. Add it again to keep it.")]);
            }
            return SaveAttempt.From(outcome, saved => new Dictionary<string, string> { [TextField] = saved.Text }, saved => saved.Version);
        },
        "a first step", new Dictionary<string, string> { [TextField] = "First step" });

    private async Task PickAsync(Guid indicator, bool on)
    {
        var picked = Picked.Where(id => id != indicator).ToList();
        if (on) picked.Add(indicator);
        var saver = _answers[OurCharge.IndicatorsField];
        saver.Edit(OurCharge.IndicatorsField, OurCharge.FormatIndicators(picked));
        await saver.FlushAsync();
    }

    private async Task<string?> AddAsync(string text)
    {
        var outcome = await AddHandler.HandleAsync(new AddFirstStep.Command(PlanId, text));
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                _steps.Add(new StepRow(outcome.Value!.Id, CreateStepSaver(outcome.Value)));
                _announcement = $"Added first step {_steps.Count}: {outcome.Value.Text}.";
                StateHasChanged(); // the add field calls back through a plain delegate, which does not re-render this page
                return null;
            case OutcomeStatus.Invalid:
                return outcome.FieldErrors[0].Message;
            default:
                return "You can no longer change this plan, so the step was not added.";
        }
    }

    private async Task MoveAsync(StepRow step, MoveDirection direction)
    {
        foreach (var row in _steps) await row.Saver.FlushAsync();
        var outcome = await MoveHandler.HandleAsync(new MoveFirstStep.Command(PlanId, step.Id, direction));
        if (outcome.Status is not (OutcomeStatus.Ok or OutcomeStatus.Conflict))
        {
            Snackbar.Add("This step could not be moved: it was deleted, or you can no longer change this plan.", Severity.Warning);
            return;
        }
        // A move changes the rows' versions: start each moved row again from what the server answered.
        var current = _steps.ToDictionary(s => s.Id);
        _steps.Clear();
        foreach (var view in outcome.Value!)
        {
            if (current.Remove(view.Id, out var row) && row.Saver.Version != view.Version)
            {
                await RemoveSaverAsync(row.Saver);
                row.Saver = CreateStepSaver(view);
            }
            _steps.Add(row ?? new StepRow(view.Id, CreateStepSaver(view)));
        }
        foreach (var gone in current.Values) await RemoveSaverAsync(gone.Saver);
        var place = _steps.FindIndex(s => s.Id == step.Id) + 1;
        _announcement = outcome.IsOk
            ? $"Moved the step to place {place} of {_steps.Count}."
            : "Someone changed the list at the same moment. It now shows their order; try the move again if you still need it.";
    }

    private async Task DeleteAsync(StepRow step)
    {
        await step.Saver.FlushAsync();
        var outcome = await DeleteHandler.HandleAsync(new DeleteFirstStep.Command(PlanId, step.Id, step.Saver.Version));
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
            case OutcomeStatus.NotFound:
                _steps.Remove(step);
                await RemoveSaverAsync(step.Saver);
                _announcement = "Deleted the step.";
                break;
            case OutcomeStatus.Conflict:
                Snackbar.Add("Someone changed this step since you last saw it, so it was not deleted. Reload the page to read their version.", Severity.Warning);
                break;
            default:
                Snackbar.Add("You can no longer change this plan, so nothing was deleted.", Severity.Error);
                break;
        }
    }
}
