using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Admin;

public static class AdminEndpoints
{
    public sealed record AddPartnerBody(string UserId);

    public static void MapAdminEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{slug}/people", async (string slug, ListPeople.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(slug, ct)).ToHttpResult())
            .Answers<ListPeople.Result>("List the people of an organization and the plans partners may be added to").OrForbidden();

        api.MapPost("/plans/{planId:guid}/partners", async (Guid planId, AddPartnerBody body, AddPartnerToPlan.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new AddPartnerToPlan.Command(planId, body.UserId), ct)).ToHttpResult())
            .Edits<bool>("Give a coalition partner access to a plan (false when they already had it)");
    }
}
