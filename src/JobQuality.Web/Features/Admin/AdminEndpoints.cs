using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Admin;

public static class AdminEndpoints
{
    public sealed record AddPartnerBody(string UserId);

    public static void MapAdminEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{slug}/people", async (string slug, ListPeople.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(slug, ct)).ToHttpResult());

        api.MapPost("/plans/{planId:guid}/partners", async (Guid planId, AddPartnerBody body, AddPartnerToPlan.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new AddPartnerToPlan.Command(planId, body.UserId), ct)).ToHttpResult());
    }
}
