using JobQuality.Core.Scoring;

namespace JobQuality.Core.Baseline;

/// <summary>
/// Adds scored placements into <see cref="BaselineRollup"/> cells as a scoring run goes: one cell per day, program,
/// county and group of each breakdown, plus one per day, program and county for all placements.
/// </summary>
public sealed class BaselineRollupBuilder(Guid organizationId, IReadOnlyList<string> breakdowns)
{
    private readonly Dictionary<(int Breakdown, string Group, DateOnly Date, string Program, string County), BaselineRollup> cells = [];

    /// <summary>The breakdowns' column names, in the order <see cref="Add"/> receives the groups.</summary>
    public IReadOnlyList<string> Columns { get; } = breakdowns;

    public IEnumerable<BaselineRollup> Cells => cells.Values;

    /// <summary>
    /// Counts one placement. <paramref name="groups"/> holds its group in each of <see cref="Columns"/>;
    /// <paramref name="statuses"/> its status per principle (<see cref="Scoring.Standards.Principle"/> order, null when not used).
    /// </summary>
    public void Add(DateOnly date, string program, string county, IReadOnlyList<string> groups, long sequence, Classification classification,
        IReadOnlyList<PrincipleStatus?> statuses)
    {
        Count(Cell(-1, BaselineRollup.AllPlacements, date, program, county, sequence), classification, statuses);
        for (var b = 0; b < groups.Count; b++) Count(Cell(b, groups[b], date, program, county, sequence), classification, statuses);
    }

    private BaselineRollup Cell(int breakdown, string group, DateOnly date, string program, string county, long sequence)
    {
        if (!cells.TryGetValue((breakdown, group, date, program, county), out var cell))
        {
            cell = new BaselineRollup
            {
                OrganizationId = organizationId,
                Breakdown = breakdown < 0 ? BaselineRollup.AllPlacements : Columns[breakdown],
                Group = group,
                PlacementDate = date,
                Program = program,
                CountyFips = county,
                FirstSequence = sequence,
            };
            cells.Add((breakdown, group, date, program, county), cell);
        }
        else if (sequence < cell.FirstSequence)
        {
            cell.FirstSequence = sequence;
        }
        return cell;
    }

    private static void Count(BaselineRollup cell, Classification classification, IReadOnlyList<PrincipleStatus?> statuses)
    {
        cell.Placements++;
        if (classification == Classification.Quality) cell.Quality++;
        else if (classification == Classification.NotQuality) cell.NotQuality++;
        for (var p = 0; p < statuses.Count; p++)
        {
            if (statuses[p] is { } status) cell.PrincipleCounts[BaselineRollup.StatusCount * p + (int)status]++;
        }
    }
}
