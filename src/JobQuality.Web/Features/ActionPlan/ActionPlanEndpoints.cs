using JobQuality.Core.ActionPlans;
using JobQuality.Web.Features.Canvas;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.ActionPlan;

public static class ActionPlanEndpoints
{
    public sealed record NewStrategyBody(string? Name, string? Goal, Guid? CanvasItemId);

    public sealed record StrategyBody(uint Version, string? Name, string? Goal, Guid? CanvasItemId);

    public sealed record NewStepBody(string? Description);

    public sealed record StepBody(
        uint Version, string? Description, string? ResponsibleParties, string? InternalResources, string? ExternalResources,
        string? Milestones, DateOnly? TargetDate, string? Notes, StepStatus? Status, Guid? IndicatorId);

    public sealed record MoveBody(MoveDirection Direction);

    /// <summary>A cell: <c>role</c> null to clear it; <c>version</c> the cell's version you read, null if you saw it empty.</summary>
    public sealed record RaciBody(RaciRole? Role, uint? Version);

    public sealed record DependencyBody(Guid StepId, Guid DependsOnStepId);

    public sealed record ApprovalBody(Guid SnapshotId, string? Note);

    public static void MapActionPlanEndpoints(this RouteGroupBuilder api)
    {
        var plan = api.MapGroup("/plans/{planId:guid}/action-plan");

        plan.MapGet("", async (Guid planId, GetActionPlan.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct)).ToHttpResult())
            .Answers<ActionPlanView>("Read a plan's action plan: strategies, steps, the RACI matrix, waits between steps and approvals");

        plan.MapPost("/strategies", async (Guid planId, NewStrategyBody body, AddStrategy.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new AddStrategy.Command(planId, body.Name ?? "", body.Goal ?? "", body.CanvasItemId), ct)).ToHttpResult())
            .Edits<StrategyView>("Add a strategy (name, goal, optionally a Key Strategies item of the canvas)");

        plan.MapPut("/strategies/{strategyId:guid}", async (Guid planId, Guid strategyId, StrategyBody body, SaveStrategy.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SaveStrategy.Command(planId, strategyId, body.Version, body.Name ?? "", body.Goal ?? "",
                body.CanvasItemId?.ToString() ?? ""), ct)).ToHttpResult())
            .Edits<StrategyView>("Save a strategy").OrConflict<StrategyView>();

        plan.MapDelete("/strategies/{strategyId:guid}", async (Guid planId, Guid strategyId, uint version, DeleteStrategy.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new DeleteStrategy.Command(planId, strategyId, version), ct)).ToHttpResult())
            .Answers<StrategyView>("Delete a strategy and its steps (?version= the one you read)")
            .OrForbidden().OrConflict<StrategyView>();

        plan.MapPost("/strategies/{strategyId:guid}/steps", async (Guid planId, Guid strategyId, NewStepBody body, AddStep.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new AddStep.Command(planId, strategyId, body.Description ?? ""), ct)).ToHttpResult())
            .Edits<StepView>("Add a step at the end of a strategy");

        plan.MapPost("/strategies/{strategyId:guid}/import-first-steps", async (Guid planId, Guid strategyId, ImportFirstSteps.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new ImportFirstSteps.Command(planId, strategyId), ct)).ToHttpResult())
            .Answers<IReadOnlyList<StepView>>("Import the first steps of Ad-Lib #2 into a strategy, skipping those already imported; answers the steps added")
            .OrForbidden();

        plan.MapPut("/steps/{stepId:guid}", async (Guid planId, Guid stepId, StepBody body, SaveStep.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SaveStep.Command(planId, stepId, body.Version, body.Description ?? "", body.ResponsibleParties ?? "",
                body.InternalResources ?? "", body.ExternalResources ?? "", body.Milestones ?? "", StepFields.DateText(body.TargetDate),
                body.Notes ?? "", body.Status?.ToString() ?? "", body.IndicatorId?.ToString() ?? ""), ct)).ToHttpResult())
            .Edits<StepView>("Save a step").OrConflict<StepView>();

        plan.MapDelete("/steps/{stepId:guid}", async (Guid planId, Guid stepId, uint version, DeleteStep.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new DeleteStep.Command(planId, stepId, version), ct)).ToHttpResult())
            .Answers<StepView>("Delete a step with its RACI letters and waits (?version= the one you read)")
            .OrForbidden().OrConflict<StepView>();

        plan.MapPost("/steps/{stepId:guid}/move", async (Guid planId, Guid stepId, MoveBody body, MoveStep.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new MoveStep.Command(planId, stepId, body.Direction), ct)).ToHttpResult())
            .Edits<IReadOnlyList<StepView>>("Move a step up or down its strategy; answers the strategy's steps in their new order")
            .OrConflict<IReadOnlyList<StepView>>();

        plan.MapPut("/raci/{stepId:guid}/{memberId:guid}", async (Guid planId, Guid stepId, Guid memberId, RaciBody body, SetRaciCell.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SetRaciCell.Command(planId, stepId, memberId, body.Role?.ToString() ?? "", body.Version), ct)).ToHttpResult())
            .Edits<RaciCellView>("Set (role) or clear (role null) one cell of the RACI matrix, from the version you read")
            .OrConflict<RaciCellView>();

        plan.MapPost("/dependencies", async (Guid planId, DependencyBody body, AddDependency.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new AddDependency.Command(planId, body.StepId, body.DependsOnStepId), ct)).ToHttpResult())
            .Edits<DependencyView>("Record that a step waits on another; a loop is refused with a message naming its steps");

        plan.MapDelete("/dependencies/{dependencyId:guid}", async (Guid planId, Guid dependencyId, RemoveDependency.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new RemoveDependency.Command(planId, dependencyId), ct)).ToHttpResult())
            .Answers<DependencyView>("Remove a wait between two steps").OrForbidden();

        plan.MapPost("/approvals", async (Guid planId, ApprovalBody body, ApproveActionPlan.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new ApproveActionPlan.Command(planId, body.SnapshotId, body.Note ?? ""), ct)).ToHttpResult())
            .Edits<ApprovalView>("Approve the action plan as a named snapshot holds it (directors only)");
    }
}
