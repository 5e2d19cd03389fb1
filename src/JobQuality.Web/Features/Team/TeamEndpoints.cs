using JobQuality.Core.Team;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Team;

public static class TeamEndpoints
{
    public sealed record NewMemberBody(
        string? Name, string? Organization, string? Contact, OrganizationalType? OrganizationalType, Persona? Persona,
        DecisionLevel? DecisionLevel, string? Role);

    public sealed record MemberBody(
        uint Version, string? Name, string? Organization, string? Contact, string? Role,
        string? OrganizationalType, string? Persona, string? DecisionLevel, Guid? BackupMemberId);

    public static void MapTeamEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:guid}/team", async (Guid planId, GetTeam.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct)).ToHttpResult())
            .Answers<TeamView>("Read a plan's team and its balance findings");

        api.MapPost("/plans/{planId:guid}/team", async (Guid planId, NewMemberBody body, AddTeamMember.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new AddTeamMember.Command
            {
                PlanId = planId,
                Name = body.Name ?? "",
                Organization = body.Organization ?? "",
                Contact = body.Contact,
                OrganizationalType = body.OrganizationalType,
                Persona = body.Persona,
                DecisionLevel = body.DecisionLevel,
                Role = body.Role ?? "",
            }, ct)).ToHttpResult())
            .Edits<TeamMemberView>("Add a team member");

        api.MapPut("/plans/{planId:guid}/team/{memberId:guid}",
            async (Guid planId, Guid memberId, MemberBody body, SaveTeamMember.Handler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new SaveTeamMember.Command(
                    planId, memberId, body.Version, body.Name ?? "", body.Organization ?? "", body.Contact ?? "", body.Role ?? "",
                    body.OrganizationalType ?? "", body.Persona ?? "", body.DecisionLevel ?? "", body.BackupMemberId?.ToString() ?? ""), ct)).ToHttpResult())
            .Edits<TeamMemberView>("Save a team member").OrConflict<TeamMemberView>();

        api.MapDelete("/plans/{planId:guid}/team/{memberId:guid}",
            async (Guid planId, Guid memberId, uint version, RemoveTeamMember.Handler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new RemoveTeamMember.Command(planId, memberId, version), ct)).ToHttpResult())
            .Answers<TeamMemberView>("Remove a team member (?version= the one you read); answers the removed member")
            .OrForbidden().OrConflict<TeamMemberView>();
    }
}
