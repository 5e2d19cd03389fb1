using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Activity;

public static class ActivityEndpoints
{
    public static void MapActivityEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:guid}/activity", async (Guid planId, int? page, int? pageSize, ListPlanActivity.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new ListPlanActivity.Query(planId, page ?? 0, pageSize ?? ListPlanActivity.DefaultPageSize), ct)).ToHttpResult())
            .Answers<ActivityPage>("List a plan's activity, newest first: content changes and comment events (?page= from 0, ?pageSize= up to 100)");
    }
}
