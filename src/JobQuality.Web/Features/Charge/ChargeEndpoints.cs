using JobQuality.Web.Features.Canvas;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Charge;

public static class ChargeEndpoints
{
    public sealed record AddBody(string? Text);

    public sealed record SaveBody(uint Version, string? Text);

    public sealed record MoveBody(MoveDirection Direction);

    public static void MapChargeEndpoints(this RouteGroupBuilder api)
    {
        var charge = api.MapGroup("/plans/{planId:guid}/charge");

        charge.MapGet("", async (Guid planId, GetCharge.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct)).ToHttpResult())
            .Answers<ChargeView>("Read Ad-Lib #2: the answers, the first steps in order, the indicators to pick from and the composed charge");

        charge.MapPost("/steps", async (Guid planId, AddBody body, AddFirstStep.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new AddFirstStep.Command(planId, body.Text ?? ""), ct)).ToHttpResult())
            .Edits<FirstStepView>("Add a first step at the end of the list");

        charge.MapPut("/steps/{stepId:guid}", async (Guid planId, Guid stepId, SaveBody body, SaveFirstStep.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SaveFirstStep.Command(planId, stepId, body.Version, body.Text ?? ""), ct)).ToHttpResult())
            .Edits<FirstStepView>("Save a first step's text").OrConflict<FirstStepView>();

        charge.MapDelete("/steps/{stepId:guid}", async (Guid planId, Guid stepId, uint version, DeleteFirstStep.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new DeleteFirstStep.Command(planId, stepId, version), ct)).ToHttpResult())
            .Answers<FirstStepView>("Delete a first step (?version= the one you read)").OrForbidden().OrConflict<FirstStepView>();

        charge.MapPost("/steps/{stepId:guid}/move", async (Guid planId, Guid stepId, MoveBody body, MoveFirstStep.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new MoveFirstStep.Command(planId, stepId, body.Direction), ct)).ToHttpResult())
            .Edits<IReadOnlyList<FirstStepView>>("Move a first step up or down; answers the list in its new order")
            .OrConflict<IReadOnlyList<FirstStepView>>();
    }
}
