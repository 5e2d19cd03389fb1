using JobQuality.Core.Canvas;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Canvas;

public static class CanvasEndpoints
{
    public sealed record AddBody(CanvasSquare Square, string? Text);

    public sealed record SaveBody(uint Version, string? Text);

    public sealed record MoveBody(MoveDirection Direction);

    public static void MapCanvasEndpoints(this RouteGroupBuilder api)
    {
        var canvas = api.MapGroup("/plans/{planId:guid}/canvas");

        canvas.MapGet("", async (Guid planId, GetCanvas.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct)).ToHttpResult())
            .Answers<CanvasView>("Read a plan's canvas: the mission and the items of each square");

        canvas.MapPost("/items", async (Guid planId, AddBody body, AddCanvasItem.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new AddCanvasItem.Command(planId, body.Square, body.Text ?? ""), ct)).ToHttpResult())
            .Edits<CanvasItemView>("Add an item to a square, at its end");

        canvas.MapPut("/items/{itemId:guid}", async (Guid planId, Guid itemId, SaveBody body, SaveCanvasItem.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SaveCanvasItem.Command(planId, itemId, body.Version, body.Text ?? ""), ct)).ToHttpResult())
            .Edits<CanvasItemView>("Save an item's text").OrConflict<CanvasItemView>();

        // The version comes as a query parameter: DELETE requests carry no body.
        canvas.MapDelete("/items/{itemId:guid}", async (Guid planId, Guid itemId, uint version, DeleteCanvasItem.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new DeleteCanvasItem.Command(planId, itemId, version), ct)).ToHttpResult())
            .Answers<CanvasItemView>("Delete an item (?version= the one you read); answers the deleted item")
            .OrForbidden().OrConflict<CanvasItemView>();

        canvas.MapPost("/items/{itemId:guid}/move", async (Guid planId, Guid itemId, MoveBody body, MoveCanvasItem.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new MoveCanvasItem.Command(planId, itemId, body.Direction), ct)).ToHttpResult())
            .Edits<IReadOnlyList<CanvasItemView>>("Move an item up or down its square; answers the square in its new order")
            .OrConflict<IReadOnlyList<CanvasItemView>>();

        canvas.MapPost("/seed", async (Guid planId, SeedCanvas.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SeedCanvas.Command(planId), ct)).ToHttpResult())
            .Answers<SeedCanvas.Result>("Seed the canvas from the value proposition (never duplicating an item)").OrForbidden();
    }
}
