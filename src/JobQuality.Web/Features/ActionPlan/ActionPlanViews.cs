using System.Globalization;
using FluentValidation;
using JobQuality.Core.ActionPlans;

namespace JobQuality.Web.Features.ActionPlan;

public sealed record StrategyView(Guid Id, string Name, string Goal, Guid? CanvasItemId, int Position, uint Version)
{
    public static StrategyView From(Strategy s) => new(s.Id, s.Name, s.Goal, s.CanvasItemId, s.Position, s.Version);

    public IReadOnlyDictionary<string, string> ToFields() => new Dictionary<string, string>
    {
        [StrategyFields.Name] = Name,
        [StrategyFields.Goal] = Goal,
        [StrategyFields.CanvasItemId] = CanvasItemId?.ToString() ?? "",
    };
}

public sealed record StepView(
    Guid Id, Guid StrategyId, int Position, string Description, string ResponsibleParties, string InternalResources, string ExternalResources,
    string Milestones, DateOnly? TargetDate, string Notes, StepStatus Status, uint Version, Guid? FirstStepId = null, Guid? IndicatorId = null)
{
    public static StepView From(ActionStep s) => new(s.Id, s.StrategyId, s.Position, s.Description, s.ResponsibleParties, s.InternalResources,
        s.ExternalResources, s.Milestones, s.TargetDate, s.Notes, s.Status, s.Version, s.FirstStepId, s.IndicatorId);

    public IReadOnlyDictionary<string, string> ToFields() => new Dictionary<string, string>
    {
        [StepFields.Description] = Description,
        [StepFields.ResponsibleParties] = ResponsibleParties,
        [StepFields.InternalResources] = InternalResources,
        [StepFields.ExternalResources] = ExternalResources,
        [StepFields.Milestones] = Milestones,
        [StepFields.TargetDate] = StepFields.DateText(TargetDate),
        [StepFields.Notes] = Notes,
        [StepFields.Status] = Status.ToString(),
        [StepFields.IndicatorId] = IndicatorId?.ToString() ?? "",
    };
}

/// <summary>A cell of the RACI matrix as the caller last saw it: <see cref="Role"/> and <see cref="Version"/> are null for an empty cell.</summary>
public sealed record RaciCellView(Guid StepId, Guid MemberId, RaciRole? Role, uint? Version)
{
    public static RaciCellView From(RaciCell c) => new(c.StepId, c.MemberId, c.Role, c.Version);
}

public sealed record DependencyView(Guid Id, Guid StepId, Guid DependsOnStepId)
{
    public static DependencyView From(StepWait w) => new(w.Id, w.StepId, w.DependsOnStepId);
}

/// <summary>A team member who can hold a letter in the matrix.</summary>
public sealed record MemberChoice(Guid Id, string Name, string Organization);

/// <summary>A Key Strategies item of the canvas a strategy can be linked to.</summary>
public sealed record CanvasStrategyChoice(Guid Id, string Text);

public sealed record ApprovalView(Guid Id, Guid SnapshotId, string SnapshotName, string ApproverName, DateTimeOffset ApprovedAt, string Note)
{
    public static ApprovalView From(ActionPlanApproval a) => new(a.Id, a.SnapshotId, a.SnapshotName, a.ApproverName, a.ApprovedAt, a.Note);
}

public sealed record SnapshotChoice(Guid Id, string Name, DateTimeOffset TakenAt);

/// <summary>An indicator of worksheet 2 a step's progress can be tracked by.</summary>
public sealed record IndicatorChoice(Guid Id, string Text);

/// <summary>A first step of Ad-Lib #2, which can be imported as an action step.</summary>
public sealed record FirstStepChoice(Guid Id, string Text);

/// <summary>Everything the action plan page shows. <see cref="Today"/> is the server's date, for overdue steps.</summary>
public sealed record ActionPlanView(
    IReadOnlyList<StrategyView> Strategies,
    IReadOnlyList<StepView> Steps,
    IReadOnlyList<MemberChoice> Members,
    IReadOnlyList<RaciCellView> Cells,
    IReadOnlyList<DependencyView> Dependencies,
    IReadOnlyList<CanvasStrategyChoice> CanvasStrategies,
    IReadOnlyList<ApprovalView> Approvals,
    IReadOnlyList<SnapshotChoice> Snapshots,
    IReadOnlyList<FirstStepChoice> FirstSteps,
    IReadOnlyList<IndicatorChoice> Indicators,
    DateOnly Today,
    bool CanApprove);

public static class StrategyFields
{
    public const string Name = nameof(Strategy.Name);
    public const string Goal = nameof(Strategy.Goal);
    public const string CanvasItemId = nameof(Strategy.CanvasItemId);

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [Name] = "Strategy",
        [Goal] = "Goal it addresses",
        [CanvasItemId] = "Canvas key strategy",
    };
}

public static class StepFields
{
    public const string Description = nameof(ActionStep.Description);
    public const string ResponsibleParties = nameof(ActionStep.ResponsibleParties);
    public const string InternalResources = nameof(ActionStep.InternalResources);
    public const string ExternalResources = nameof(ActionStep.ExternalResources);
    public const string Milestones = nameof(ActionStep.Milestones);
    public const string TargetDate = nameof(ActionStep.TargetDate);
    public const string Notes = nameof(ActionStep.Notes);
    public const string Status = nameof(ActionStep.Status);
    public const string IndicatorId = nameof(ActionStep.IndicatorId);

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [Description] = "Action step",
        [ResponsibleParties] = "Responsible persons or partners",
        [InternalResources] = "Internal resources needed",
        [ExternalResources] = "External resources needed",
        [Milestones] = "Progress indicators or milestones",
        [TargetDate] = "Target completion date",
        [Notes] = "Other notes",
        [Status] = "Status",
        [IndicatorId] = "Worksheet indicator",
    };

    public static string DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static bool TryParseDate(string text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        date = parsed;
        return true;
    }

    public static string Name(this StepStatus status) => status switch
    {
        StepStatus.NotStarted => "Not started",
        StepStatus.InProgress => "In progress",
        StepStatus.Done => "Done",
        StepStatus.Blocked => "Blocked",
        _ => status.ToString(),
    };
}

public static class ActionPlanRules
{
    public static IRuleBuilderOptions<T, string> IsAStrategyName<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Name the strategy in a few words.")
            .Must(t => t.Trim().Length <= Strategy.NameMaxLength).WithMessage($"Keep the strategy to {Strategy.NameMaxLength} characters or fewer.");

    public static IRuleBuilderOptions<T, string> FitsAGoal<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(t => t.Trim().Length <= Strategy.GoalMaxLength).WithMessage($"Keep the goal to {Strategy.GoalMaxLength} characters or fewer.");

    public static IRuleBuilderOptions<T, string> IsAStepDescription<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Say what the step is, in a few words.")
            .Must(t => t.Trim().Length <= ActionStep.DescriptionMaxLength).WithMessage($"Keep the step to {ActionStep.DescriptionMaxLength} characters or fewer.");

    public static IRuleBuilderOptions<T, string> FitsAStepText<T>(this IRuleBuilder<T, string> rule, string label) =>
        rule.Must(t => t.Trim().Length <= ActionStep.TextMaxLength).WithMessage($"Keep “{label}” to {ActionStep.TextMaxLength} characters or fewer.");

    public static IRuleBuilderOptions<T, string> IsAnOptionalId<T>(this IRuleBuilder<T, string> rule, string message) =>
        rule.Must(o => o.Length == 0 || Guid.TryParse(o, out _)).WithMessage(message);
}
