using JobQuality.Pdf;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Export;

/// <summary>The plan report as a PDF download, and the setting that lets partners download it.</summary>
public static class ExportEndpoints
{
    public sealed record SharingBody(bool PartnersMayExport);

    public static void MapExportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:guid}/report.pdf", async (Guid planId, string? snapshot, string? paper, GetPlanReport.Handler handler, CancellationToken ct) =>
        {
            if (PaperSize(paper) is not { } size)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["paper"] = ["Use paper=letter (the default) or paper=a4."] });
            var outcome = await handler.HandleAsync(new GetPlanReport.Query(planId, snapshot), ct);
            if (!outcome.IsOk) return outcome.ToHttpResult();
            var report = outcome.Value!;
            return TypedResults.File(PlanReportPdf.Render(report, size), "application/pdf",
                GetPlanReport.FileName(report.Cover.PlanName, report.Cover.GeneratedAt, "pdf"));
        })
        .WithSummary("The plan report as a PDF (?snapshot=NAME for a named snapshot, ?paper=a4 for A4); partners only when the plan allows it")
        .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
        .Produces(StatusCodes.Status404NotFound)
        .OrForbidden()
        .OrInvalid();

        api.MapGet("/plans/{planId:guid}/report-sharing", async (Guid planId, GetReportSharing.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct)).ToHttpResult())
            .Answers<ReportSharing>("Whether the plan's partners may download its report, and what you may do");

        api.MapPut("/plans/{planId:guid}/report-sharing", async (Guid planId, SharingBody body, SetReportSharing.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SetReportSharing.Command(planId, body.PartnersMayExport), ct)).ToHttpResult())
            .Edits<ReportSharing>("Let the plan's partners download its report, or stop them (staff and directors)");
    }

    /// <summary>Letter unless A4 is asked for; null for anything else.</summary>
    public static PageSize? PaperSize(string? paper) => paper?.Trim().ToLowerInvariant() switch
    {
        null or "" or "letter" => PageSize.Letter,
        "a4" => PageSize.A4,
        _ => null,
    };
}
