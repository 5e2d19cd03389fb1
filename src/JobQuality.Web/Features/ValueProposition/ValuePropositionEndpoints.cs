using JobQuality.Core.Workbook;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.ValueProposition;

public static class ValuePropositionEndpoints
{
    public sealed record Body(uint Version, string? TargetCustomers, string? PainPoints, string? Aspirations, string? Strategies, List<Lever>? Levers);

    public static void MapValuePropositionEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:guid}/value-proposition", async (Guid planId, GetValueProposition.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct)).ToHttpResult())
            .Answers<ValuePropositionView>("Read a plan's value proposition and its sentence");

        api.MapPut("/plans/{planId:guid}/value-proposition", async (Guid planId, Body body, SaveValueProposition.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SaveValueProposition.Command(planId, body.Version, body.TargetCustomers ?? "", body.PainPoints ?? "",
                body.Aspirations ?? "", body.Strategies ?? "", body.Levers ?? []), ct)).ToHttpResult())
            .Edits<ValuePropositionView>("Save a plan's value proposition").OrConflict<ValuePropositionView>();
    }
}
