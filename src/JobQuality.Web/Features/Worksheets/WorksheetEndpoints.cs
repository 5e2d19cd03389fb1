using JobQuality.Core.Worksheets;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Worksheets;

public static class WorksheetEndpoints
{
    public sealed record AddNeedBody(DataPurpose Purpose, string? DataType, DataAvailability? Availability, string? Holder, string? Location);

    public sealed record SaveNeedBody(uint Version, string? DataType, DataAvailability Availability, string? Holder, string? Location);

    public sealed record DifferenceBody(uint Version, string? Difference, string? Evidence);

    public sealed record AddIndicatorBody(IndicatorKind Kind, string? Text);

    public sealed record SaveIndicatorBody(uint Version, string? Text);

    public static void MapWorksheetEndpoints(this RouteGroupBuilder api)
    {
        var sheets = api.MapGroup("/plans/{planId:guid}/data-worksheets");

        sheets.MapGet("", async (Guid planId, GetDataWorksheets.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct)).ToHttpResult())
            .Answers<DataWorksheetsView>("Read a plan's data worksheets: checklist and commitments, both worksheets and the gap view");

        sheets.MapGet("/gaps", async (Guid planId, GetDataGaps.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct)).ToHttpResult())
            .Answers<DataGapsView>("The gap view: needed data that does not exist yet, and who holds the rest");

        sheets.MapPost("/needs", async (Guid planId, AddNeedBody body, AddDataNeed.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new AddDataNeed.Command(planId, body.Purpose, body.DataType ?? "",
                body.Availability ?? DataAvailability.NotChecked, body.Holder ?? "", body.Location ?? ""), ct)).ToHttpResult())
            .Edits<DataNeedView>("Add a row to worksheet 1 (baseline or change list)");

        sheets.MapPut("/needs/{needId:guid}", async (Guid planId, Guid needId, SaveNeedBody body, SaveDataNeed.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SaveDataNeed.Command(planId, needId, body.Version, body.DataType ?? "", body.Availability,
                body.Holder ?? "", body.Location ?? ""), ct)).ToHttpResult())
            .Edits<DataNeedView>("Save a worksheet 1 row").OrConflict<DataNeedView>();

        sheets.MapDelete("/needs/{needId:guid}", async (Guid planId, Guid needId, uint version, DeleteDataNeed.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new DeleteDataNeed.Command(planId, needId, version), ct)).ToHttpResult())
            .Answers<DataNeedView>("Delete a worksheet 1 row (?version= the one you read)").OrForbidden().OrConflict<DataNeedView>();

        sheets.MapPost("/differences", async (Guid planId, DifferenceBody body, AddKeyDifference.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new AddKeyDifference.Command(planId, body.Difference ?? "", body.Evidence ?? ""), ct)).ToHttpResult())
            .Edits<KeyDifferenceView>("Add a key difference to worksheet 2");

        sheets.MapPut("/differences/{differenceId:guid}", async (Guid planId, Guid differenceId, DifferenceBody body, SaveKeyDifference.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SaveKeyDifference.Command(planId, differenceId, body.Version, body.Difference ?? "", body.Evidence ?? ""), ct)).ToHttpResult())
            .Edits<KeyDifferenceView>("Save a key difference").OrConflict<KeyDifferenceView>();

        sheets.MapDelete("/differences/{differenceId:guid}", async (Guid planId, Guid differenceId, uint version, DeleteKeyDifference.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new DeleteKeyDifference.Command(planId, differenceId, version), ct)).ToHttpResult())
            .Answers<KeyDifferenceView>("Delete a key difference and its indicators (?version=)").OrForbidden().OrConflict<KeyDifferenceView>();

        sheets.MapPost("/differences/{differenceId:guid}/indicators", async (Guid planId, Guid differenceId, AddIndicatorBody body, AddIndicator.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new AddIndicator.Command(planId, differenceId, body.Kind, body.Text ?? ""), ct)).ToHttpResult())
            .Edits<IndicatorView>("Add a process or change indicator to a key difference");

        sheets.MapPut("/indicators/{indicatorId:guid}", async (Guid planId, Guid indicatorId, SaveIndicatorBody body, SaveIndicator.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SaveIndicator.Command(planId, indicatorId, body.Version, body.Text ?? ""), ct)).ToHttpResult())
            .Edits<IndicatorView>("Save an indicator").OrConflict<IndicatorView>();

        sheets.MapDelete("/indicators/{indicatorId:guid}", async (Guid planId, Guid indicatorId, uint version, DeleteIndicator.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new DeleteIndicator.Command(planId, indicatorId, version), ct)).ToHttpResult())
            .Answers<IndicatorView>("Delete an indicator (?version=)").OrForbidden().OrConflict<IndicatorView>();
    }
}
