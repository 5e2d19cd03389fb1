using JobQuality.Core.Invitations;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Invitations;

/// <summary>Invitations and partners of a plan: the same handlers and checks as the Partners panel.</summary>
public static class InvitationEndpoints
{
    public sealed record InviteBody(string Email);

    public static void MapInvitationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:guid}/invitations", async (Guid planId, InvitationStatus? status, ListInvitations.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new ListInvitations.Query(planId, status), ct)).ToHttpResult())
            .Answers<IReadOnlyList<InvitationView>>("List a plan's invitations with their status (?status=Pending|Accepted|Expired|Revoked)").OrForbidden();

        api.MapPost("/plans/{planId:guid}/invitations", async (Guid planId, InviteBody body, HttpRequest request, InvitePartner.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new InvitePartner.Command { PlanId = planId, Email = body.Email ?? "" }, RequestBase(request), ct)).ToHttpResult())
            .Edits<InvitePartner.Result>($"Invite a partner by email: the link is emailed, or returned once in `link` when no mail server is configured (replaces an open invitation to the same address; 429 after {InvitePartner.RateLimit} in an hour)").OrTooMany();

        api.MapPost("/plans/{planId:guid}/invitations/{invitationId:guid}/revoke", async (Guid planId, Guid invitationId, RevokeInvitation.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new RevokeInvitation.Command(planId, invitationId), ct)).ToHttpResult())
            .Edits<InvitationView>("Revoke an invitation: its link stops working (400 when it was already accepted)");

        api.MapGet("/plans/{planId:guid}/partners", async (Guid planId, ListPartners.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new ListPartners.Query(planId), ct)).ToHttpResult())
            .Answers<IReadOnlyList<PartnerView>>("List the coalition partners who have access to a plan").OrForbidden();

        api.MapDelete("/plans/{planId:guid}/partners/{userId}", async (Guid planId, string userId, RemovePartnerFromPlan.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new RemovePartnerFromPlan.Command(planId, userId), ct)).ToHttpResult())
            .Edits<PartnerView>("Remove a coalition partner from a plan (400 for staff, who see every plan through their role)");
    }

    private static string RequestBase(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";
}
