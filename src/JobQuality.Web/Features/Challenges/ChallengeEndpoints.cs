using JobQuality.Core.Challenges;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Challenges;

public static class ChallengeEndpoints
{
    public sealed record NewChallengeBody(string? LibraryKey, string? Title, string? Response);

    public sealed record ChallengeBody(uint Version, string? Title, string? Response, string? Notes, ChallengeStatus? Status, Guid? OwnerMemberId);

    public static void MapChallengeEndpoints(this RouteGroupBuilder api)
    {
        var challenges = api.MapGroup("/plans/{planId:guid}/challenges");

        challenges.MapGet("", async (Guid planId, GetChallenges.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct)).ToHttpResult())
            .Answers<ChallengesView>("Read a plan's challenges register, the starter library and the team members who can own an entry");

        challenges.MapPost("", async (Guid planId, NewChallengeBody body, AddChallenge.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new AddChallenge.Command(planId, body.LibraryKey, body.Title ?? "", body.Response ?? ""), ct)).ToHttpResult())
            .Edits<ChallengeView>("Add a challenge: a starter from the library (libraryKey) or the team's own (title, response)");

        challenges.MapPut("/{challengeId:guid}", async (Guid planId, Guid challengeId, ChallengeBody body, SaveChallenge.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SaveChallenge.Command(planId, challengeId, body.Version, body.Title ?? "", body.Response ?? "",
                body.Notes ?? "", body.Status?.ToString() ?? "", body.OwnerMemberId?.ToString() ?? ""), ct)).ToHttpResult())
            .Edits<ChallengeView>("Save a challenge").OrConflict<ChallengeView>();

        challenges.MapDelete("/{challengeId:guid}", async (Guid planId, Guid challengeId, uint version, DeleteChallenge.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new DeleteChallenge.Command(planId, challengeId, version), ct)).ToHttpResult())
            .Answers<ChallengeView>("Delete a challenge (?version= the one you read)")
            .OrForbidden().OrConflict<ChallengeView>();
    }
}
