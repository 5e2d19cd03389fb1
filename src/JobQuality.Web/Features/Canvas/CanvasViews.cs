using JobQuality.Core.Canvas;
using JobQuality.Web.Features.Workbook;

namespace JobQuality.Web.Features.Canvas;

/// <summary>One item (sticky note) of a square, with the version to save or delete from.</summary>
public sealed record CanvasItemView(Guid Id, CanvasSquare Square, string Text, int Position, uint Version)
{
    public static CanvasItemView From(CanvasItem item) => new(item.Id, item.Square, item.Text, item.Position, item.Version);
}

/// <summary>A square of the canvas with its items in order.</summary>
public sealed record CanvasSquareView(CanvasSquare Square, string Title, string Guidance, int FillOrder, IReadOnlyList<CanvasItemView> Items);

/// <summary>
/// The whole canvas: the header (team name and homebase, the mission and the value proposition it starts from) and the
/// nine squares in the recommended fill order.
/// </summary>
public sealed record CanvasView(
    Guid PlanId, string TeamName, string Region, AnswerView Mission, string? ValuePropositionSentence, IReadOnlyList<CanvasSquareView> Squares,
    IReadOnlyList<CanvasItemOrigin> Origins);

/// <summary>An item that came from pitch feedback: the audience and date of the pitch, for the "from pitch feedback" marker.</summary>
public sealed record CanvasItemOrigin(Guid ItemId, Guid FeedbackId, string Audience, DateOnly HeldOn)
{
    public string Describe() => $"From pitch feedback: {Audience}, {HeldOn.ToString("MMM d, yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US"))}";
}

internal static class CanvasItemOrder
{
    /// <summary>Items of one square in display order; the id (time-ordered) breaks ties left by two people adding at once.</summary>
    public static IOrderedQueryable<CanvasItem> InOrder(this IQueryable<CanvasItem> items) => items.OrderBy(i => i.Position).ThenBy(i => i.Id);
}
