using JobQuality.Core.ActionPlans;
using JobQuality.Core.Common;
using JobQuality.Core.Plans;
using JobQuality.Web.Features.Canvas;
using JobQuality.Web.Features.Shared;
using JobQuality.Web.Features.Shared.Editing;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobQuality.Web.Features.ActionPlan;

public sealed partial class ActionPlanPage
{
    private sealed class StrategyEntry(StrategyView view, Autosaver saver)
    {
        public Guid Id { get; } = view.Id;
        public Autosaver Saver { get; set; } = saver;
    }

    private sealed class StepEntry(StepView view, Autosaver saver)
    {
        public Guid Id { get; } = view.Id;
        public Guid StrategyId { get; } = view.StrategyId;
        public int Position { get; set; } = view.Position;
        public Autosaver Saver { get; set; } = saver;
    }

    [Inject] private GetActionPlan.Handler PageHandler { get; set; } = default!;
    [Inject] private AddStrategy.Handler AddStrategyHandler { get; set; } = default!;
    [Inject] private SaveStrategy.Handler SaveStrategyHandler { get; set; } = default!;
    [Inject] private DeleteStrategy.Handler DeleteStrategyHandler { get; set; } = default!;
    [Inject] private AddStep.Handler AddStepHandler { get; set; } = default!;
    [Inject] private SaveStep.Handler SaveStepHandler { get; set; } = default!;
    [Inject] private DeleteStep.Handler DeleteStepHandler { get; set; } = default!;
    [Inject] private MoveStep.Handler MoveStepHandler { get; set; } = default!;
    [Inject] private SetRaciCell.Handler RaciHandler { get; set; } = default!;
    [Inject] private AddDependency.Handler AddWaitHandler { get; set; } = default!;
    [Inject] private RemoveDependency.Handler RemoveWaitHandler { get; set; } = default!;
    [Inject] private ApproveActionPlan.Handler ApproveHandler { get; set; } = default!;
    [Inject] private ImportFirstSteps.Handler ImportHandler { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private ActionPlanView? _view;
    private readonly List<StrategyEntry> _strategies = [];
    private readonly List<StepEntry> _steps = [];
    private readonly HashSet<Guid> _importedFirstSteps = [];
    private List<RaciCellView> _cells = [];
    private List<DependencyView> _waits = [];
    private List<ApprovalView> _approvals = [];
    private readonly Dictionary<Guid, string> _newStep = [];
    private readonly Dictionary<Guid, IReadOnlyList<FieldError>> _stepErrors = [];
    private string _newStrategyName = "";
    private string _newStrategyGoal = "";
    private IReadOnlyList<FieldError> _strategyErrors = [];
    private string? _waitError;
    private Guid? _approveSnapshot;
    private string _approveNote = "";
    private IReadOnlyList<FieldError> _approveErrors = [];
    private string _announcement = "";

    protected override string ToolKey => ActionPlanTool.ToolKey;

    private ToolProgress LiveProgress => ActionPlanTool.Progress(_strategies.Count, _steps.Count,
        RaciMatrix.Check(RaciRows.Select(r => (r.Id, r.Label)).ToList(),
            _cells.Where(c => c.Role is not null).Select(c => new RaciAssignment(c.StepId, c.MemberId, c.Role!.Value))).Count);

    protected override async Task LoadAsync()
    {
        var outcome = await PageHandler.HandleAsync(PlanId);
        if (!outcome.IsOk)
        {
            Navigation.NotFound();
            return;
        }
        _view = outcome.Value!;
        _strategies.Clear();
        _steps.Clear();
        foreach (var strategy in _view.Strategies) _strategies.Add(new StrategyEntry(strategy, StrategySaver(strategy)));
        foreach (var step in _view.Steps) _steps.Add(new StepEntry(step, StepSaver(step)));
        _importedFirstSteps.Clear();
        _importedFirstSteps.UnionWith(_view.Steps.Select(s => s.FirstStepId).OfType<Guid>());
        _cells = [.. _view.Cells];
        _waits = [.. _view.Dependencies];
        _approvals = [.. _view.Approvals];
    }

    private async Task ReloadAsync()
    {
        foreach (var saver in Savers.ToList()) await RemoveSaverAsync(saver);
        await LoadAsync();
    }

    private Autosaver StrategySaver(StrategyView strategy) => CreateSaver(strategy.ToFields(), strategy.Version,
        async (values, version) => SaveAttempt.From(
            await SaveStrategyHandler.HandleAsync(new SaveStrategy.Command(PlanId, strategy.Id, version,
                values[StrategyFields.Name], values[StrategyFields.Goal], values[StrategyFields.CanvasItemId])),
            saved => saved.ToFields(), saved => saved.Version),
        $"the strategy “{strategy.Name}”", StrategyFields.Labels, (field, value) => field == StrategyFields.CanvasItemId ? CanvasItemText(value) : value);

    private Autosaver StepSaver(StepView step) => CreateSaver(step.ToFields(), step.Version,
        async (values, version) => SaveAttempt.From(
            await SaveStepHandler.HandleAsync(new SaveStep.Command(PlanId, step.Id, version,
                values[StepFields.Description], values[StepFields.ResponsibleParties], values[StepFields.InternalResources],
                values[StepFields.ExternalResources], values[StepFields.Milestones], values[StepFields.TargetDate],
                values[StepFields.Notes], values[StepFields.Status], values[StepFields.IndicatorId])),
            saved => saved.ToFields(), saved => saved.Version),
        $"the step “{step.Description}”", StepFields.Labels,
        (field, value) => field switch
        {
            StepFields.Status => EnumNames.Parse<StepStatus>(value)?.Name() ?? value,
            StepFields.IndicatorId => IndicatorText(value),
            _ => value,
        });

    private string IndicatorText(string? id) =>
        string.IsNullOrEmpty(id) ? "None" : _view?.Indicators.FirstOrDefault(i => i.Id.ToString() == id)?.Text ?? "An indicator no longer in worksheet 2";

    private List<StepEntry> StepsOf(StrategyEntry strategy) =>
        _steps.Where(s => s.StrategyId == strategy.Id).OrderBy(s => s.Position).ThenBy(s => s.Id).ToList();

    /// <summary>Steps in the order of the plan: strategy by strategy, each in its order.</summary>
    private IEnumerable<(StepEntry Step, string Number)> OrderedSteps() =>
        _strategies.SelectMany((strategy, i) => StepsOf(strategy).Select((step, j) => (step, $"{i + 1}.{j + 1}")));

    private IReadOnlyList<RaciStepRow> RaciRows => OrderedSteps().Select(s => new RaciStepRow(s.Step.Id, $"{s.Number} {DescriptionOf(s.Step)}")).ToList();

    private IReadOnlyList<StepTimeline.Row> TimelineRows => OrderedSteps().Select(s => new StepTimeline.Row(
        s.Step.Id, $"{s.Number} {DescriptionOf(s.Step)}",
        StepFields.TryParseDate(s.Step.Saver[StepFields.TargetDate], out var date) ? date : null,
        EnumNames.Parse<StepStatus>(s.Step.Saver[StepFields.Status]) ?? StepStatus.NotStarted)).ToList();

    private IReadOnlySet<Guid> Chokepoints => new StepDependencies(_waits.Select(w => new StepDependency(w.StepId, w.DependsOnStepId))).Chokepoints();

    private static string DescriptionOf(StepEntry step) =>
        string.IsNullOrWhiteSpace(step.Saver[StepFields.Description]) ? "Untitled step" : step.Saver[StepFields.Description].Trim();

    private static string NameOf(StrategyEntry strategy) =>
        string.IsNullOrWhiteSpace(strategy.Saver[StrategyFields.Name]) ? "Untitled strategy" : strategy.Saver[StrategyFields.Name].Trim();

    private string CanvasItemText(string? id) =>
        string.IsNullOrEmpty(id) ? "Not linked" : _view?.CanvasStrategies.FirstOrDefault(i => i.Id.ToString() == id)?.Text ?? "An item no longer on the canvas";

    private async Task AddStrategyAsync()
    {
        var outcome = await AddStrategyHandler.HandleAsync(new AddStrategy.Command(PlanId, _newStrategyName, _newStrategyGoal, null));
        if (outcome.IsOk)
        {
            _strategies.Add(new StrategyEntry(outcome.Value!, StrategySaver(outcome.Value!)));
            _newStrategyName = _newStrategyGoal = "";
            _strategyErrors = [];
            Announce($"Added the strategy “{outcome.Value!.Name}”. Now add its first step.");
        }
        else
        {
            _strategyErrors = outcome.Status == OutcomeStatus.Invalid ? outcome.FieldErrors : [new FieldError("", NotAllowedMessage)];
        }
    }

    private async Task DeleteStrategyAsync(StrategyEntry strategy)
    {
        var name = NameOf(strategy);
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Delete “{name}”?",
            "Its steps, their RACI letters and their waits go with it. The plan's history keeps a record.", yesText: "Delete", cancelText: "Keep it");
        if (confirmed != true) return;
        await RemoveSaverAsync(strategy.Saver);
        var outcome = await DeleteStrategyHandler.HandleAsync(new DeleteStrategy.Command(PlanId, strategy.Id, strategy.Saver.Version));
        if (outcome.Status is OutcomeStatus.Ok or OutcomeStatus.NotFound)
        {
            Announce($"Deleted the strategy “{name}”.");
            await ReloadAsync();
        }
        else
        {
            Announce(outcome.Status == OutcomeStatus.Conflict ? $"Someone changed “{name}” just now, so it was not deleted. Check it and try again." : NotAllowedMessage);
            await ReloadAsync();
        }
    }

    private async Task AddStepAsync(StrategyEntry strategy)
    {
        var outcome = await AddStepHandler.HandleAsync(new AddStep.Command(PlanId, strategy.Id, _newStep.GetValueOrDefault(strategy.Id, "")));
        if (outcome.IsOk)
        {
            _steps.Add(new StepEntry(outcome.Value!, StepSaver(outcome.Value!)));
            _newStep[strategy.Id] = "";
            _stepErrors.Remove(strategy.Id);
            Announce($"Added the step “{outcome.Value!.Description}” to “{NameOf(strategy)}”.");
        }
        else
        {
            _stepErrors[strategy.Id] = outcome.Status == OutcomeStatus.Invalid ? outcome.FieldErrors : [new FieldError("", NotAllowedMessage)];
        }
    }

    /// <summary>Ad-Lib #2 first steps not yet in the action plan.</summary>
    private int FirstStepsToImport => _view?.FirstSteps.Count(f => !_importedFirstSteps.Contains(f.Id) && !string.IsNullOrWhiteSpace(f.Text)) ?? 0;

    private async Task ImportFirstStepsAsync(StrategyEntry strategy)
    {
        var outcome = await ImportHandler.HandleAsync(new ImportFirstSteps.Command(PlanId, strategy.Id));
        if (!outcome.IsOk)
        {
            Announce(outcome.Status == OutcomeStatus.NotFound ? "That strategy was deleted meanwhile." : NotAllowedMessage);
            return;
        }
        foreach (var step in outcome.Value!)
        {
            _steps.Add(new StepEntry(step, StepSaver(step)));
            if (step.FirstStepId is { } first) _importedFirstSteps.Add(first);
        }
        Announce(outcome.Value!.Count == 0
            ? "Every first step of Ad-Lib #2 is already in the action plan."
            : $"Imported {outcome.Value!.Count} first {(outcome.Value!.Count == 1 ? "step" : "steps")} from Ad-Lib #2 into “{NameOf(strategy)}”. Add their dates and people.");
    }

    private async Task MoveAsync(StepEntry step, MoveDirection direction)
    {
        var siblings = _steps.Where(s => s.StrategyId == step.StrategyId).OrderBy(s => s.Position).ToList();
        var index = siblings.IndexOf(step);
        var target = direction == MoveDirection.Up ? index - 1 : index + 1;
        if (target < 0 || target >= siblings.Count)
        {
            Announce(direction == MoveDirection.Up ? "That step is already first." : "That step is already last.");
            return;
        }
        await step.Saver.FlushAsync();
        await siblings[target].Saver.FlushAsync();
        var outcome = await MoveStepHandler.HandleAsync(new MoveStep.Command(PlanId, step.Id, direction));
        if (outcome.Status is OutcomeStatus.Ok or OutcomeStatus.Conflict)
        {
            foreach (var view in outcome.Value!)
            {
                if (_steps.FirstOrDefault(s => s.Id == view.Id) is not { } entry) continue;
                entry.Position = view.Position;
                if (entry.Saver.Version != view.Version && entry.Saver.State == SaveState.Saved && !entry.Saver.HasUnsavedChanges)
                {
                    await RemoveSaverAsync(entry.Saver);
                    entry.Saver = StepSaver(view);
                }
            }
            var place = _steps.Where(s => s.StrategyId == step.StrategyId).OrderBy(s => s.Position).ToList().IndexOf(step) + 1;
            Announce(outcome.IsOk
                ? $"Moved “{DescriptionOf(step)}” to place {place} of {siblings.Count}."
                : "Someone reordered these steps at the same moment. They now show that order; move again if you still need to.");
        }
        else
        {
            Announce(outcome.Status == OutcomeStatus.NotFound ? "That step was deleted meanwhile." : NotAllowedMessage);
        }
    }

    private async Task DeleteStepAsync(StepEntry step)
    {
        var name = DescriptionOf(step);
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Delete “{name}”?",
            "Its RACI letters and waits go with it. The plan's history keeps a record.", yesText: "Delete", cancelText: "Keep it");
        if (confirmed != true) return;
        await RemoveSaverAsync(step.Saver);
        var outcome = await DeleteStepHandler.HandleAsync(new DeleteStep.Command(PlanId, step.Id, step.Saver.Version));
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok or OutcomeStatus.NotFound:
                _steps.Remove(step);
                _cells.RemoveAll(c => c.StepId == step.Id);
                _waits.RemoveAll(w => w.StepId == step.Id || w.DependsOnStepId == step.Id);
                Announce($"Deleted the step “{name}”.");
                break;
            case OutcomeStatus.Conflict:
                Announce($"Someone changed “{name}” just now, so it was not deleted. Check it and try again.");
                await ReloadAsync();
                break;
            default:
                Announce(NotAllowedMessage);
                break;
        }
    }

    private async Task ChangeCellAsync(RaciCellView wanted)
    {
        var outcome = await RaciHandler.HandleAsync(new SetRaciCell.Command(PlanId, wanted.StepId, wanted.MemberId, wanted.Role?.ToString() ?? "", wanted.Version));
        var member = _view!.Members.FirstOrDefault(m => m.Id == wanted.MemberId)?.Name ?? "This member";
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
            case OutcomeStatus.Conflict:
                var now = outcome.Value!;
                _cells.RemoveAll(c => c.StepId == now.StepId && c.MemberId == now.MemberId);
                if (now.Role is not null) _cells.Add(now);
                Announce(outcome.IsOk
                    ? $"{member}: {(now.Role is { } role ? RaciMatrix.Describe(role) : "no letter")}."
                    : $"Someone else changed this cell just now, so your letter was not saved. It shows theirs: {(now.Role is { } theirs ? RaciMatrix.Letter(theirs).ToString() : "empty")}.");
                break;
            case OutcomeStatus.NotFound:
                Announce("That step or member is gone. The page now shows the plan as it is.");
                await ReloadAsync();
                break;
            default:
                Announce(NotAllowedMessage);
                break;
        }
    }

    private async Task AddWaitAsync((Guid StepId, Guid DependsOnStepId) wait)
    {
        var outcome = await AddWaitHandler.HandleAsync(new AddDependency.Command(PlanId, wait.StepId, wait.DependsOnStepId));
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                if (_waits.All(w => w.Id != outcome.Value!.Id)) _waits.Add(outcome.Value!);
                _waitError = null;
                Announce("Wait recorded.");
                break;
            case OutcomeStatus.Invalid:
                _waitError = outcome.FieldErrors.FirstOrDefault()?.Message;
                break;
            default:
                _waitError = outcome.Status == OutcomeStatus.NotFound ? "One of those steps was deleted meanwhile." : NotAllowedMessage;
                break;
        }
    }

    private async Task RemoveWaitAsync(DependencyView wait)
    {
        var outcome = await RemoveWaitHandler.HandleAsync(new RemoveDependency.Command(PlanId, wait.Id));
        if (outcome.Status is OutcomeStatus.Ok or OutcomeStatus.NotFound)
        {
            _waits.Remove(wait);
            Announce("Wait removed.");
        }
        else
        {
            Announce(NotAllowedMessage);
        }
    }

    private async Task ApproveAsync()
    {
        if (_approveSnapshot is not { } snapshot)
        {
            _approveErrors = [new FieldError("SnapshotId", "Choose the snapshot you are approving.")];
            return;
        }
        var outcome = await ApproveHandler.HandleAsync(new ApproveActionPlan.Command(PlanId, snapshot, _approveNote));
        if (outcome.IsOk)
        {
            _approvals.Insert(0, outcome.Value!);
            _approveErrors = [];
            _approveNote = "";
            _approveSnapshot = null;
            Announce($"Approved the plan as “{outcome.Value!.SnapshotName}” holds it.");
        }
        else
        {
            _approveErrors = outcome.Status == OutcomeStatus.Invalid ? outcome.FieldErrors
                : [new FieldError("", outcome.Status == OutcomeStatus.NotFound ? "That snapshot is not part of this plan." : "Only a director can approve the action plan.")];
        }
    }

    private const string NotAllowedMessage = "You can no longer change this plan, so nothing was changed.";

    private void Announce(string message) => _announcement = message;

    private Task ChooseAsync(Autosaver saver, string field, string? value)
    {
        saver.Edit(field, value ?? "");
        return saver.FlushAsync();
    }

    private static string? ErrorFor(Autosaver saver, string field) =>
        saver.Errors.FirstOrDefault(e => string.Equals(e.Field, field, StringComparison.OrdinalIgnoreCase))?.Message;

    private static Color StatusColor(StepStatus status) => status switch
    {
        StepStatus.Done => Color.Success,
        StepStatus.InProgress => Color.Info,
        StepStatus.Blocked => Color.Error,
        _ => Color.Default,
    };
}
