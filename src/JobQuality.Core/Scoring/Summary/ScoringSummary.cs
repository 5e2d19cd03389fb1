using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Core.Scoring.Summary;

/// <summary>Totals over all placements, per principle, and per group of each breakdown (SCORING.md section 5).</summary>
public sealed record ScoringSummary(
    int Total,
    int Quality,
    int NotQuality,
    int Incomplete,
    decimal QualityPct,
    IReadOnlyList<PrincipleCounts> Principles,
    IReadOnlyList<Breakdown> By);

public sealed record PrincipleCounts(Principle Principle, int Met, int NotMet, int Unknown);

public sealed record Breakdown(string Column, IReadOnlyList<GroupResult> Groups);

/// <summary>One group of a breakdown. When <see cref="Suppressed"/>, its counts are withheld (null) to protect privacy.</summary>
public sealed record GroupResult(string Group, int? N, int? Quality, decimal? QualityPct, bool Suppressed);
