using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Core.Baseline;

/// <summary>
/// One cell of the baseline's roll-up, written by each scoring run next to the placements' results: how many of the
/// placements of one day, program and county fall in one group of one breakdown, and how they fared. The dashboard adds
/// up these cells (hundreds of thousands at most) instead of a million results, and any date range, program or county
/// filter still selects whole cells, so the sums are exactly the results' counts.
/// </summary>
public sealed class BaselineRollup
{
    /// <summary>The breakdown of the rows that count every placement once (the totals and the principles).</summary>
    public const string AllPlacements = "";

    public Guid OrganizationId { get; set; }

    /// <summary>The breakdown's column name (SCORING.md section 5), or <see cref="AllPlacements"/>.</summary>
    public string Breakdown { get; set; } = "";

    /// <summary>The group, as stored in the results (empty for <see cref="AllPlacements"/>).</summary>
    public string Group { get; set; } = "";

    // The filters' columns, as the results store them.
    public DateOnly PlacementDate { get; set; }
    public string Program { get; set; } = "";
    public string CountyFips { get; set; } = "";

    /// <summary>The earliest import order among the cell's placements: a group spelled several ways is named by its first spelling.</summary>
    public long FirstSequence { get; set; }

    public int Placements { get; set; }
    public int Quality { get; set; }
    public int NotQuality { get; set; }

    /// <summary>
    /// For each principle in <see cref="Principle"/> order, how many placements met it, did not, and are unknown
    /// (<see cref="PrincipleStatus"/> order): element 3 × principle + status.
    /// </summary>
    public int[] PrincipleCounts { get; set; } = new int[StatusCount * PrincipleCount];

    public static int PrincipleCount { get; } = Enum.GetValues<Principle>().Length;
    public static int StatusCount { get; } = Enum.GetValues<PrincipleStatus>().Length;

    /// <summary>The index in <see cref="PrincipleCounts"/> of a principle's status.</summary>
    public static int IndexOf(Principle principle, PrincipleStatus status) => StatusCount * (int)principle + (int)status;
}
