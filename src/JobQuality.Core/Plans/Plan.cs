using JobQuality.Core.Common;
using JobQuality.Core.History;

namespace JobQuality.Core.Plans;

/// <summary>One coalition's job quality initiative: the workbook every planning tool writes into.</summary>
public sealed class Plan : AuditableEntity, IConcurrencyVersioned, IHasHistory
{
    public const int NameMaxLength = 120;
    public const int TeamNameMaxLength = 200;
    public const int RegionMaxLength = 120;
    public const int FocusMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The coalition's name and homebase, shown in the canvas header.</summary>
    public string TeamName { get; set; } = "";

    public string Region { get; set; } = "";

    /// <summary>What the coalition wants to improve: the sector, population or program in view.</summary>
    public string Focus { get; set; } = "";

    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Coalition partners of the plan may download its PDF report and print view. Off by default: the report
    /// is the board's document, and staff decide when it may travel.</summary>
    public bool PartnersMayExport { get; set; }

    public bool IsArchived => ArchivedAt is not null;

    public uint Version { get; set; }

    public List<PlanMember> Members { get; set; } = [];

    Guid IHasHistory.HistoryPlanId => Id;

    string IHasHistory.HistoryEntityId => Id.ToString();
}
