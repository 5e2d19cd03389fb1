using JobQuality.Core.Canvas;
using JobQuality.Core.Pitch;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Pitch;

public static class PitchEndpoints
{
    public sealed record NewSessionBody(string? Audience, DateOnly? HeldOn, Guid? SnapshotId);

    public sealed record SessionBody(uint Version, string? Audience, DateOnly? HeldOn, Guid? SnapshotId);

    public sealed record NewFeedbackBody(PitchDimension? Dimension, string? Text);

    public sealed record FeedbackBody(uint Version, string? Dimension, string? Text);

    public sealed record ApplyBody(uint Version, Guid? ItemId, uint ItemVersion, CanvasSquare? Square, string? Text);

    public static void MapPitchEndpoints(this RouteGroupBuilder api)
    {
        var pitch = api.MapGroup("/plans/{planId:guid}/pitch");

        pitch.MapGet("", async (Guid planId, GetPitchFeedback.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct)).ToHttpResult())
            .Answers<PitchFeedbackPageView>("Read a plan's pitch sessions and their feedback, with where each piece went on the canvas");

        pitch.MapPost("/sessions", async (Guid planId, NewSessionBody body, AddPitchSession.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new AddPitchSession.Command
            {
                PlanId = planId,
                Audience = body.Audience ?? "",
                HeldOn = body.HeldOn,
                SnapshotId = body.SnapshotId,
            }, ct)).ToHttpResult())
            .Edits<PitchSessionView>("Record a pitch session: the audience, the date and (optionally) the snapshot pitched");

        pitch.MapPut("/sessions/{sessionId:guid}", async (Guid planId, Guid sessionId, SessionBody body, SavePitchSession.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SavePitchSession.Command(planId, sessionId, body.Version, body.Audience ?? "",
                body.HeldOn is { } date ? PitchFields.DateText(date) : "", body.SnapshotId?.ToString() ?? ""), ct)).ToHttpResult())
            .Edits<PitchSessionView>("Save a pitch session").OrConflict<PitchSessionView>();

        pitch.MapDelete("/sessions/{sessionId:guid}", async (Guid planId, Guid sessionId, uint version, DeletePitchSession.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new DeletePitchSession.Command(planId, sessionId, version), ct)).ToHttpResult())
            .Answers<PitchSessionView>("Delete a pitch session and its feedback (?version= the one you read)")
            .OrForbidden().OrConflict<PitchSessionView>();

        pitch.MapPost("/sessions/{sessionId:guid}/feedback", async (Guid planId, Guid sessionId, NewFeedbackBody body, AddPitchFeedback.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new AddPitchFeedback.Command(planId, sessionId, body.Dimension, body.Text ?? ""), ct)).ToHttpResult())
            .Edits<PitchFeedbackView>("Add a piece of feedback on one of the seven dimensions");

        pitch.MapPut("/feedback/{feedbackId:guid}", async (Guid planId, Guid feedbackId, FeedbackBody body, SavePitchFeedback.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SavePitchFeedback.Command(planId, feedbackId, body.Version, body.Dimension ?? "", body.Text ?? ""), ct)).ToHttpResult())
            .Edits<PitchFeedbackView>("Save a piece of feedback").OrConflict<PitchFeedbackView>();

        pitch.MapDelete("/feedback/{feedbackId:guid}", async (Guid planId, Guid feedbackId, uint version, DeletePitchFeedback.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new DeletePitchFeedback.Command(planId, feedbackId, version), ct)).ToHttpResult())
            .Answers<PitchFeedbackView>("Delete a piece of feedback (?version= the one you read)")
            .OrForbidden().OrConflict<PitchFeedbackView>();

        pitch.MapPost("/feedback/{feedbackId:guid}/apply", async (Guid planId, Guid feedbackId, ApplyBody body, ApplyFeedbackToCanvas.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new ApplyFeedbackToCanvas.Command(planId, feedbackId, body.Version, body.ItemId, body.ItemVersion, body.Square, body.Text ?? ""), ct)).ToHttpResult())
            .Edits<ApplyFeedbackToCanvas.Result>("Apply feedback to the canvas: add an item to a square (no itemId) or reword an item (itemId and itemVersion)")
            .OrConflict<ApplyFeedbackToCanvas.Result>();
    }
}
