using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Core.Scoring.Summary;

/// <summary>
/// Adds placements up one at a time; memory grows only with the number of distinct groups, never with the number
/// of placements.
/// </summary>
public sealed class SummaryBuilder
{
    public const int DefaultMinCell = 10;

    private readonly JobQualityStandards _standards;
    private readonly int _minCell;
    private readonly int[,] _principleCounts;
    private readonly (string Column, Func<Placement, string> GroupOf, Dictionary<string, GroupCounter> Groups)[] _breakdowns;
    private int _total;
    private int _quality;
    private int _notQuality;
    private int _incomplete;

    public SummaryBuilder(JobQualityStandards standards, IEnumerable<string> byColumns, int minCell = DefaultMinCell)
    {
        _standards = standards;
        _minCell = minCell;
        _principleCounts = new int[standards.Used.Count, 3];
        _breakdowns = Breakdowns.Normalize(byColumns, nameof(byColumns))
            .Select(c => (c, Breakdowns.Grouping(c), new Dictionary<string, GroupCounter>(StringComparer.OrdinalIgnoreCase)))
            .ToArray();
    }

    public void Add(Placement placement, Classification classification, ReadOnlySpan<PrincipleStatus> statuses)
    {
        _total++;
        switch (classification)
        {
            case Classification.Quality: _quality++; break;
            case Classification.NotQuality: _notQuality++; break;
            default: _incomplete++; break;
        }
        for (var i = 0; i < statuses.Length; i++) _principleCounts[i, (int)statuses[i]]++;
        foreach (var (_, groupOf, groups) in _breakdowns)
        {
            var group = groupOf(placement);
            if (!groups.TryGetValue(group, out var counter))
            {
                // The first spelling seen names the group; later ones differing only in case join it.
                counter = new GroupCounter(group);
                groups.Add(group, counter);
            }
            counter.N++;
            if (classification == Classification.Quality) counter.Quality++;
        }
    }

    public ScoringSummary Build() => new(
        _total, _quality, _notQuality, _incomplete, ScoringEngine.Percent(_quality, _total),
        _standards.Used.Select((p, i) => new PrincipleCounts(p.Principle, _principleCounts[i, 0], _principleCounts[i, 1], _principleCounts[i, 2])).ToList(),
        _breakdowns.Select(b => new Breakdown(b.Column, Suppression.Apply(b.Groups.Values.Select(g => new GroupCount(g.Name, g.N, g.Quality)), _minCell))).ToList());

    private sealed class GroupCounter(string name)
    {
        public string Name { get; } = name;
        public int N { get; set; }
        public int Quality { get; set; }
    }
}
