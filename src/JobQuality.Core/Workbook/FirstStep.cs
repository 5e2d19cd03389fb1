using JobQuality.Core.Common;
using JobQuality.Core.History;

namespace JobQuality.Core.Workbook;

/// <summary>One of the first steps (quick wins) named in Ad-Lib #2, in order; the action plan starts from these.</summary>
public sealed class FirstStep : AuditableEntity, IPlanRow, IHasHistory
{
    public const int TextMaxLength = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public string Text { get; set; } = "";

    /// <summary>Order in the list, lowest first.</summary>
    public int Position { get; set; }

    public uint Version { get; set; }

    Guid IHasHistory.HistoryPlanId => PlanId;

    string IHasHistory.HistoryEntityId => Id.ToString();
}
