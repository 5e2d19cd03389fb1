using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Plans;

/// <summary>The plans REST API: the same handlers and the same authorization as the pages.</summary>
public static class PlanEndpoints
{
    public sealed record PlanDetailsBody(string Name, string TeamName, string? Region, string? Focus);

    public sealed record UpdatePlanBody(uint Version, string Name, string TeamName, string? Region, string? Focus);

    public static void MapPlanEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{slug}/plans", async (string slug, bool? includeArchived, ListPlans.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new ListPlans.Query(slug, includeArchived ?? false), ct)).ToHttpResult())
            .Answers<ListPlans.Result>("List an organization's plans (archived ones with ?includeArchived=true)");

        api.MapPost("/orgs/{slug}/plans", async (string slug, PlanDetailsBody body, CreatePlan.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new CreatePlan.Command(slug, body.Name, body.TeamName, body.Region ?? "", body.Focus ?? ""), ct)).ToHttpResult())
            .Edits<PlanSummary>("Create a plan");

        api.MapGet("/plans/{planId:guid}", async (Guid planId, GetPlan.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct)).ToHttpResult())
            .Answers<GetPlan.Result>("Read a plan");

        api.MapGet("/plans/{planId:guid}/history", async (Guid planId, GetPlanHistory.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct: ct)).ToHttpResult())
            .Answers<IReadOnlyList<GetPlanHistory.Entry>>("The latest changes of a plan, in words");

        api.MapPut("/plans/{planId:guid}", async (Guid planId, UpdatePlanBody body, UpdatePlanDetails.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new UpdatePlanDetails.Command(planId, body.Version, body.Name, body.TeamName, body.Region ?? "", body.Focus ?? ""), ct)).ToHttpResult())
            .Edits<PlanSummary>("Update a plan's name, team, region and focus").OrConflict<PlanSummary>();

        api.MapPost("/plans/{planId:guid}/archive", async (Guid planId, ArchivePlan.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new ArchivePlan.Command(planId, Archive: true), ct)).ToHttpResult())
            .Answers<PlanSummary>("Archive a plan (read-only until restored)").OrForbidden();

        api.MapPost("/plans/{planId:guid}/restore", async (Guid planId, ArchivePlan.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new ArchivePlan.Command(planId, Archive: false), ct)).ToHttpResult())
            .Answers<PlanSummary>("Restore an archived plan").OrForbidden();
    }
}
