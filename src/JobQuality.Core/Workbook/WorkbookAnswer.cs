using JobQuality.Core.Common;
using JobQuality.Core.History;

namespace JobQuality.Core.Workbook;

/// <summary>
/// One answer on a form-style tool (Foundations, the project charter, the canvas mission): a row per field, so two people
/// writing different answers at the same time never collide, and each answer keeps its own history.
/// </summary>
public sealed class WorkbookAnswer : AuditableEntity, IConcurrencyVersioned, IHasHistory
{
    public const int TextMaxLength = 4000;
    public const int KeyMaxLength = 60;

    public Guid PlanId { get; set; }

    /// <summary>The tool's key (see <see cref="Plans.PlanningJourney"/>).</summary>
    public string ToolKey { get; set; } = "";

    /// <summary>The field's key within the tool's form.</summary>
    public string FieldKey { get; set; } = "";

    public string Text { get; set; } = "";

    public uint Version { get; set; }

    Guid IHasHistory.HistoryPlanId => PlanId;

    string IHasHistory.HistoryEntityId => $"{ToolKey}/{FieldKey}";
}
