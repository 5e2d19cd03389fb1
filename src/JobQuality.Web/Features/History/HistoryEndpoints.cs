using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.History;

public static class HistoryEndpoints
{
    public sealed record SnapshotBody(string? Name);

    public static void MapHistoryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:guid}/snapshots", async (Guid planId, ListSnapshots.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct)).ToHttpResult())
            .Answers<IReadOnlyList<SnapshotSummary>>("List a plan's named snapshots");

        api.MapPost("/plans/{planId:guid}/snapshots", async (Guid planId, SnapshotBody body, TakeSnapshot.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new TakeSnapshot.Command(planId, body.Name ?? ""), ct)).ToHttpResult())
            .Edits<SnapshotSummary>("Take a named snapshot of the whole plan");

        api.MapGet("/plans/{planId:guid}/snapshots/{snapshotId:guid}", async (Guid planId, Guid snapshotId, GetSnapshot.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, snapshotId, ct)).ToHttpResult())
            .Answers<GetSnapshot.Result>("Read a snapshot");

        api.MapGet("/plans/{planId:guid}/snapshots/{snapshotId:guid}/compare",
            async (Guid planId, Guid snapshotId, CompareSnapshot.Handler handler, CancellationToken ct) =>
                (await handler.HandleAsync(planId, snapshotId, ct)).ToHttpResult())
            .Answers<CompareSnapshot.Result>("Compare a snapshot with the current plan: added, removed and changed entries");

        api.MapPost("/plans/{planId:guid}/snapshots/{snapshotId:guid}/restore",
            async (Guid planId, Guid snapshotId, RestoreSnapshot.Handler handler, CancellationToken ct) =>
                (await handler.HandleAsync(planId, snapshotId, ct)).ToHttpResult())
            .Edits<RestoreSnapshot.Result>("Restore a snapshot (a \"Before restoring\" snapshot is taken first); answers that snapshot");

        api.MapGet("/plans/{planId:guid}/changes",
            async (Guid planId, string? tool, int? page, int? pageSize, ListPlanChanges.Handler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new ListPlanChanges.Query(planId, tool, page ?? 0, pageSize ?? ListPlanChanges.DefaultPageSize), ct)).ToHttpResult())
            .Answers<ListPlanChanges.Result>("List a plan's changes, newest first, optionally of one tool, a page at a time (page 0 first)");

        api.MapPost("/plans/{planId:guid}/changes/{changeId:long}/restore",
            async (Guid planId, long changeId, RestoreChange.Handler handler, CancellationToken ct) =>
                (await handler.HandleAsync(planId, changeId, ct)).ToHttpResult())
            .Edits<RestoreChange.Result>("Put one record back as it was right after a change");
    }
}
