namespace JobQuality.Core.History;

public enum ChangeKind
{
    Added,
    Modified,
    Deleted,
}

/// <summary>
/// One saved change to a plan's content: who, when, which record, and each field's value before and after
/// (as JSON). Written in the same transaction as the change itself; never edited afterwards.
/// </summary>
public sealed class ChangeRecord
{
    public long Id { get; set; }
    public Guid PlanId { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public ChangeKind Kind { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public string? ChangedBy { get; set; }

    /// <summary><c>{"Name": {"before": "Old", "after": "New"}, ...}</c></summary>
    public string Changes { get; set; } = "{}";
}

/// <summary>A record whose every change is kept in the plan's history.</summary>
public interface IHasHistory
{
    /// <summary>The plan the record belongs to, so a plan's history can be listed in one query.</summary>
    Guid HistoryPlanId { get; }

    /// <summary>The record's key, as text.</summary>
    string HistoryEntityId { get; }
}
