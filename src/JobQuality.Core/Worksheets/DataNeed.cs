using JobQuality.Core.Common;
using JobQuality.Core.History;

namespace JobQuality.Core.Worksheets;

/// <summary>What a row of worksheet 1 is for: understanding where things stand now, or seeing the change.</summary>
public enum DataPurpose
{
    Baseline,
    Change,
}

/// <summary>Whether the data a row asks for can be had.</summary>
public enum DataAvailability
{
    /// <summary>Nobody has checked yet.</summary>
    NotChecked,

    /// <summary>"HI": the team has it already.</summary>
    HaveIt,

    /// <summary>Another organization holds it (named in <see cref="DataNeed.Holder"/>).</summary>
    HeldBy,

    /// <summary>"DE": it does not exist yet.</summary>
    DoesNotExist,
}

/// <summary>A row of worksheet 1 (collecting data): a type of data the team needs, whether it exists and where it sits.</summary>
public sealed class DataNeed : AuditableEntity, IPlanRow, IHasHistory
{
    public const int TextMaxLength = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public DataPurpose Purpose { get; set; }

    /// <summary>The type of data, e.g. "starting wages of placements".</summary>
    public string DataType { get; set; } = "";

    public DataAvailability Availability { get; set; }

    /// <summary>The organization that holds it, when <see cref="Availability"/> is <see cref="DataAvailability.HeldBy"/>.</summary>
    public string Holder { get; set; } = "";

    /// <summary>Where it sits: a case management system, an HR database, state labor market information…</summary>
    public string Location { get; set; } = "";

    public int Position { get; set; }
    public uint Version { get; set; }

    Guid IHasHistory.HistoryPlanId => PlanId;

    string IHasHistory.HistoryEntityId => Id.ToString();
}

public static class DataWords
{
    public static string Describe(this DataPurpose purpose) => purpose switch
    {
        DataPurpose.Baseline => "Baseline data",
        DataPurpose.Change => "Change data",
        _ => purpose.ToString(),
    };

    public static string Describe(this DataAvailability availability) => availability switch
    {
        DataAvailability.HaveIt => "HI: we have it",
        DataAvailability.HeldBy => "Held by another organization",
        DataAvailability.DoesNotExist => "DE: doesn't exist yet",
        _ => "Not checked yet",
    };

    public static string Describe(this IndicatorKind kind) => kind switch
    {
        IndicatorKind.Process => "Process indicator",
        IndicatorKind.Change => "Change indicator",
        _ => kind.ToString(),
    };
}
