using JobQuality.Core.Baseline;
using JobQuality.Core.Scoring.Summary;

namespace JobQuality.Data.Baseline;

/// <summary>
/// Which column of <see cref="PlacementResult"/> holds each breakdown of SCORING.md section 5. The scorer fills them
/// with <see cref="Breakdowns.GroupOf"/>, so the database groups placements exactly as the command line does.
/// </summary>
public static class BreakdownColumns
{
    public static IReadOnlyDictionary<string, string> ByBreakdown { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["race_ethnicity"] = nameof(PlacementResult.RaceEthnicity),
        ["sex"] = nameof(PlacementResult.Sex),
        ["program"] = nameof(PlacementResult.Program),
        ["county_fips"] = nameof(PlacementResult.CountyFips),
        ["naics2"] = nameof(PlacementResult.Naics2),
        ["age"] = nameof(PlacementResult.AgeBand),
        ["veteran"] = nameof(PlacementResult.Veteran),
        ["disability"] = nameof(PlacementResult.Disability),
    };

    /// <summary>The position of a results column among <see cref="ByBreakdown"/>'s values (the order scoring writes the groups in).</summary>
    public static int IndexOf(string resultsColumn) => ByBreakdown.Values.ToList().IndexOf(resultsColumn);
}
