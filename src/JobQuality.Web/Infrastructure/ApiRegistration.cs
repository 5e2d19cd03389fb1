using JobQuality.Web.Features.Admin;
using JobQuality.Web.Features.Baseline;
using JobQuality.Web.Features.Canvas;
using JobQuality.Web.Features.History;
using JobQuality.Web.Features.LivingWage;
using JobQuality.Web.Features.Placements;
using JobQuality.Web.Features.Plans;
using JobQuality.Web.Features.Standards;
using JobQuality.Web.Features.Team;
using JobQuality.Web.Features.ValueProposition;
using JobQuality.Web.Features.Workbook;

namespace JobQuality.Web.Infrastructure;

public static class ApiRegistration
{
    /// <summary>
    /// Every API route needs a signed-in user; each handler then checks organization and plan membership.
    /// Writes take JSON, or text/csv for file imports (a cross-site form can send neither), and the session cookie is SameSite=Lax.
    /// </summary>
    public static void MapJobQualityApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization();
        api.MapPlanEndpoints();
        api.MapAdminEndpoints();
        api.MapValuePropositionEndpoints();
        api.MapWorkbookAnswerEndpoints();
        api.MapTeamEndpoints();
        api.MapCanvasEndpoints();
        api.MapHistoryEndpoints();
        api.MapPlacementEndpoints();
        api.MapLivingWageEndpoints();
        api.MapStandardsEndpoints();
        api.MapBaselineEndpoints();
    }
}
