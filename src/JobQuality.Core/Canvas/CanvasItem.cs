using JobQuality.Core.Common;
using JobQuality.Core.History;

namespace JobQuality.Core.Canvas;

/// <summary>One short note in a square of the canvas, like a sticky note on the printed one.</summary>
public sealed class CanvasItem : AuditableEntity, IPlanRow, IHasHistory
{
    public const int TextMaxLength = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public CanvasSquare Square { get; set; }
    public string Text { get; set; } = "";

    /// <summary>Order within the square, lowest first.</summary>
    public int Position { get; set; }

    public uint Version { get; set; }

    Guid IHasHistory.HistoryPlanId => PlanId;

    string IHasHistory.HistoryEntityId => Id.ToString();
}
