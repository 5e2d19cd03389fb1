using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.History;

public static class HistoryEndpoints
{
    public sealed record SnapshotBody(string? Name);

    public static void MapHistoryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:guid}/snapshots", async (Guid planId, ListSnapshots.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct)).ToHttpResult());

        api.MapPost("/plans/{planId:guid}/snapshots", async (Guid planId, SnapshotBody body, TakeSnapshot.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new TakeSnapshot.Command(planId, body.Name ?? ""), ct)).ToHttpResult());

        api.MapGet("/plans/{planId:guid}/snapshots/{snapshotId:guid}", async (Guid planId, Guid snapshotId, GetSnapshot.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, snapshotId, ct)).ToHttpResult());

        api.MapGet("/plans/{planId:guid}/snapshots/{snapshotId:guid}/compare",
            async (Guid planId, Guid snapshotId, CompareSnapshot.Handler handler, CancellationToken ct) =>
                (await handler.HandleAsync(planId, snapshotId, ct)).ToHttpResult());

        api.MapPost("/plans/{planId:guid}/snapshots/{snapshotId:guid}/restore",
            async (Guid planId, Guid snapshotId, RestoreSnapshot.Handler handler, CancellationToken ct) =>
                (await handler.HandleAsync(planId, snapshotId, ct)).ToHttpResult());

        api.MapGet("/plans/{planId:guid}/changes",
            async (Guid planId, string? tool, int? page, int? pageSize, ListPlanChanges.Handler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new ListPlanChanges.Query(planId, tool, page ?? 0, pageSize ?? ListPlanChanges.DefaultPageSize), ct)).ToHttpResult());

        api.MapPost("/plans/{planId:guid}/changes/{changeId:long}/restore",
            async (Guid planId, long changeId, RestoreChange.Handler handler, CancellationToken ct) =>
                (await handler.HandleAsync(planId, changeId, ct)).ToHttpResult());
    }
}
