using JobQuality.Core.Common;
using JobQuality.Core.History;

namespace JobQuality.Core.ActionPlans;

/// <summary>Where an action step stands.</summary>
public enum StepStatus
{
    NotStarted,
    InProgress,
    Done,
    Blocked,
}

/// <summary>One strategy of a plan's action plan: the goal it works towards, optionally tied to a Key Strategies item of the canvas.</summary>
public sealed class Strategy : AuditableEntity, IPlanRow, IHasHistory
{
    public const int NameMaxLength = 200;
    public const int GoalMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public string Name { get; set; } = "";
    public string Goal { get; set; } = "";

    /// <summary>The Key Strategies item of the canvas this strategy carries out; cleared if the item is deleted.</summary>
    public Guid? CanvasItemId { get; set; }

    public int Position { get; set; }
    public uint Version { get; set; }

    Guid IHasHistory.HistoryPlanId => PlanId;

    string IHasHistory.HistoryEntityId => Id.ToString();
}

/// <summary>One ordered action step of a strategy.</summary>
public sealed class ActionStep : AuditableEntity, IPlanRow, IHasHistory
{
    public const int DescriptionMaxLength = 500;
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public Guid StrategyId { get; set; }
    public int Position { get; set; }
    public string Description { get; set; } = "";

    /// <summary>The people or partner organizations who carry it out, as the team writes them.</summary>
    public string ResponsibleParties { get; set; } = "";

    public string InternalResources { get; set; } = "";
    public string ExternalResources { get; set; } = "";

    /// <summary>Progress indicators or milestones, in the team's words.</summary>
    public string Milestones { get; set; } = "";

    public DateOnly? TargetDate { get; set; }
    public string Notes { get; set; } = "";
    public StepStatus Status { get; set; }

    /// <summary>The Ad-Lib #2 first step it was imported from, so importing again skips it; null for a step written here.</summary>
    public Guid? FirstStepId { get; set; }

    /// <summary>The worksheet 2 indicator that shows its progress, if any; cleared if the indicator is deleted.</summary>
    public Guid? IndicatorId { get; set; }

    public uint Version { get; set; }

    Guid IHasHistory.HistoryPlanId => PlanId;

    string IHasHistory.HistoryEntityId => Id.ToString();

    /// <summary>Overdue: its target date has passed and it is not done.</summary>
    public static bool IsOverdue(DateOnly? targetDate, StepStatus status, DateOnly today) =>
        targetDate is { } date && date < today && status != StepStatus.Done;
}

/// <summary>One filled cell of the RACI matrix: a team member's letter for a step. An empty cell has no row.</summary>
public sealed class RaciCell : AuditableEntity, IConcurrencyVersioned, IHasHistory
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public Guid StepId { get; set; }
    public Guid MemberId { get; set; }
    public RaciRole Role { get; set; }
    public uint Version { get; set; }

    Guid IHasHistory.HistoryPlanId => PlanId;

    string IHasHistory.HistoryEntityId => Id.ToString();
}

/// <summary>"<see cref="StepId"/> waits on <see cref="DependsOnStepId"/>", stored.</summary>
public sealed class StepWait : AuditableEntity, IHasHistory
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public Guid StepId { get; set; }
    public Guid DependsOnStepId { get; set; }

    Guid IHasHistory.HistoryPlanId => PlanId;

    string IHasHistory.HistoryEntityId => Id.ToString();
}

/// <summary>A Director's approval of the action plan as a named snapshot holds it. Never changed after it is recorded.</summary>
public sealed class ActionPlanApproval
{
    public const int NoteMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public Guid SnapshotId { get; set; }
    public string SnapshotName { get; set; } = "";
    public string ApprovedBy { get; set; } = "";
    public string ApproverName { get; set; } = "";
    public DateTimeOffset ApprovedAt { get; set; }
    public string Note { get; set; } = "";
}

/// <summary>The action plan as a planning tool: its key and when it counts as done.</summary>
public static class ActionPlanTool
{
    public const string ToolKey = "action-plan";

    /// <summary>Not started without a strategy; done once there are steps and every step has one Accountable and a Responsible.</summary>
    public static Plans.ToolProgress Progress(int strategies, int steps, int raciProblems) =>
        strategies == 0 && steps == 0 ? Plans.ToolProgress.NotStarted
        : steps > 0 && raciProblems == 0 ? Plans.ToolProgress.Done
        : Plans.ToolProgress.InProgress;
}
