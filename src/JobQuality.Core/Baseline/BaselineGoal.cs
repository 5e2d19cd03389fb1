using JobQuality.Core.Common;
using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Core.Baseline;

/// <summary>What a goal measures: the share of placements in quality jobs, or the share meeting one principle.</summary>
public enum GoalMeasure
{
    QualityPct,
    PrincipleMetPct,
}

/// <summary>
/// A dated, measurable goal tied to an indicator of the baseline, e.g. "75 % of WIOA Adult placements meet the
/// standards by 2027-06-30": the share (<see cref="Measure"/>, of <see cref="Principle"/> when it is one principle)
/// among the placements of one group (<see cref="GroupColumn"/> = <see cref="GroupValue"/>, or all placements),
/// the target share, and the date. The value when the goal was set is kept, so progress reads as a change from it.
/// </summary>
public sealed class BaselineGoal : AuditableEntity, IConcurrencyVersioned
{
    public const int StatementMaxLength = 500;
    public const int GroupValueMaxLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }

    /// <summary>The goal in the board's own words.</summary>
    public string Statement { get; set; } = "";

    public GoalMeasure Measure { get; set; }
    public Principle? Principle { get; set; }

    /// <summary>A breakdown column (SCORING.md section 5) and one of its groups, or both null for all placements.</summary>
    public string? GroupColumn { get; set; }
    public string? GroupValue { get; set; }

    /// <summary>The share to reach, 0–100.</summary>
    public decimal TargetPct { get; set; }
    public DateOnly TargetDate { get; set; }

    /// <summary>The indicator's value when the goal was set; null when it could not be shown then (too few placements).</summary>
    public decimal? StartingPct { get; set; }

    public uint Version { get; set; }
}
