namespace JobQuality.Core.Scoring.Summary;

/// <summary>
/// Small-cell suppression (SCORING.md section 5): counts of small groups could identify people in public programs.
/// </summary>
public static class Suppression
{
    /// <summary>Orders a breakdown's groups (n descending, then name) and withholds the counts of small ones.</summary>
    public static IReadOnlyList<GroupResult> Apply(IEnumerable<GroupCount> counters, int minCell)
    {
        var ordered = counters
            .OrderByDescending(g => g.N)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        var suppressed = ordered.Select(g => g.N < minCell).ToArray();

        // One suppressed group could be recovered by subtracting the others from the total: hide the smallest
        // remaining group as well (on a tie, the name that sorts last).
        if (suppressed.Count(s => s) == 1 && suppressed.Any(s => !s))
        {
            var complement = Enumerable.Range(0, ordered.Count)
                .Where(i => !suppressed[i])
                .OrderBy(i => ordered[i].N)
                .ThenByDescending(i => ordered[i].Name, StringComparer.Ordinal)
                .First();
            suppressed[complement] = true;
        }

        return ordered.Select((g, i) => suppressed[i]
            ? new GroupResult(g.Name, null, null, null, Suppressed: true)
            : new GroupResult(g.Name, g.N, g.Quality, ScoringEngine.Percent(g.Quality, g.N), Suppressed: false)).ToList();
    }
}

/// <summary>A group's size and how many of its placements are quality jobs, before suppression.</summary>
public readonly record struct GroupCount(string Name, int N, int Quality);
