using System.Text;
using JobQuality.Core.Baseline;
using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Core.Scoring.Summary;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace JobQuality.Data.Baseline;

/// <summary>Which placements the baseline counts: a date range (inclusive) and one program or county (any spelling's case).</summary>
public sealed record BaselineFilter(DateOnly? From = null, DateOnly? To = null, string? Program = null, string? CountyFips = null)
{
    public static BaselineFilter All { get; } = new();

    public bool IsEmpty => From is null && To is null && string.IsNullOrWhiteSpace(Program) && string.IsNullOrWhiteSpace(CountyFips);
}

/// <summary>
/// The baseline: the SCORING.md summary of the organization's stored results, the run (standards version, living
/// wage table) they come from, and for each group shown, how many of its placements miss each principle.
/// </summary>
public sealed record BaselineFigures(
    ScoringRun Run,
    StandardsVersion StandardsVersion,
    JobQualityStandards Standards,
    ScoringSummary Summary,
    IReadOnlyDictionary<(string Column, string Group), IReadOnlyList<PrincipleCounts>> GroupPrinciples)
{
    /// <summary>
    /// True when filters narrow the placements below the minimum cell size: the filtered total is then itself a small
    /// cell, and every figure is withheld (the unfiltered totals are the board's own and always shown).
    /// </summary>
    public bool IsWithheld(BaselineFilter filter, int minCell) => !filter.IsEmpty && Summary.Total < minCell;

    /// <summary>The sentence that explains withheld figures.</summary>
    public static string WithheldMessage(int minCell) =>
        $"Fewer than {minCell} placements match these filters, so no figures are shown: counts this small could identify people. Widen the filters.";
}

/// <summary>
/// Adds up stored results in PostgreSQL: scoring writes a roll-up of the results by day, program, county and group
/// (<see cref="BaselineRollup"/>), and one GROUP BY over it gives the totals, the principles and every breakdown at
/// once; only the groups' counts reach the app, never the placements.
/// Suppression and ordering are the engine's own (<see cref="Suppression"/>), so the numbers equal <c>jobquality score</c>.
/// </summary>
public static class BaselineQuery
{
    private const string Table = "\"BaselineRollups\"";

    /// <summary>The baseline, or null when the organization's placements have never been scored.</summary>
    public static async Task<BaselineFigures?> GetAsync(
        AppDbContext db, Guid organizationId, BaselineFilter filter, IEnumerable<string> by, int minCell, CancellationToken ct = default)
    {
        var columns = Breakdowns.Normalize(by, nameof(by));
        // The run the stored results come from (they are replaced together); with no results, the latest finished run.
        var resultsRunId = await db.PlacementResults.Where(r => r.OrganizationId == organizationId)
            .Select(r => (Guid?)r.ScoringRunId).FirstOrDefaultAsync(ct);
        var run = await db.ScoringRuns.AsNoTracking()
            .Where(r => r.OrganizationId == organizationId && r.Status == ScoringRunStatus.Done && r.StandardsVersionId != null)
            .Where(r => resultsRunId == null || r.Id == resultsRunId)
            .OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (run is null) return null;
        var version = await db.StandardsVersions.AsNoTracking().SingleAsync(s => s.Id == run.StandardsVersionId, ct);
        var standards = StandardsJson.Read(version.Document).Standards
            ?? throw new InvalidOperationException($"Standards version {version.Number} does not read as standards.");

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var counts = await CountAsync(connection, organizationId, filter, standards, columns, ct);
            var summary = new ScoringSummary(
                counts.Total.N, counts.Total.Quality, counts.Total.NotQuality, counts.Total.N - counts.Total.Quality - counts.Total.NotQuality,
                ScoringEngine.Percent(counts.Total.Quality, counts.Total.N),
                PrinciplesOf(standards, counts.Total),
                columns.Select(c => new Breakdown(c, Suppression.Apply(counts.Groups[c].Select(g => new GroupCount(g.Name, g.N, g.Quality)), minCell))).ToList());

            // How each shown group fares per principle; withheld groups keep their counts hidden here too.
            var groupPrinciples = new Dictionary<(string, string), IReadOnlyList<PrincipleCounts>>();
            foreach (var breakdown in summary.By)
            {
                var byName = counts.Groups[breakdown.Column].ToDictionary(g => g.Name, StringComparer.OrdinalIgnoreCase);
                foreach (var group in breakdown.Groups.Where(g => !g.Suppressed))
                {
                    groupPrinciples[(breakdown.Column, group.Group)] = PrinciplesOf(standards, byName[group.Group]);
                }
            }
            return new BaselineFigures(run, version, standards, summary, groupPrinciples);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static IReadOnlyList<PrincipleCounts> PrinciplesOf(JobQualityStandards standards, Counts counts) =>
        standards.Used.Select((p, i) => new PrincipleCounts(p.Principle, counts.Principles[i, 0], counts.Principles[i, 1], counts.Principles[i, 2])).ToList();

    private sealed class Counts(string name, int principles)
    {
        public string Name { get; set; } = name;
        public int N { get; set; }
        public int Quality { get; set; }
        public int NotQuality { get; set; }

        /// <summary>Per used principle: met, not met, unknown (the <see cref="PrincipleStatus"/> values).</summary>
        public int[,] Principles { get; } = new int[principles, 3];

        public void Add(Counts other)
        {
            N += other.N;
            Quality += other.Quality;
            NotQuality += other.NotQuality;
            for (var p = 0; p < Principles.GetLength(0); p++)
            {
                for (var s = 0; s < 3; s++) Principles[p, s] += other.Principles[p, s];
            }
        }
    }

    /// <summary>
    /// Adds up the roll-up scoring wrote (<see cref="BaselineRollup"/>): the cells of all placements give the totals,
    /// each breakdown's cells its groups, as stored. Groups spelled in several ways come back once per spelling and are
    /// added up here, folding case as the engine does (<see cref="StringComparer.OrdinalIgnoreCase"/>), then named by
    /// the spelling imported first among the placements counted.
    /// </summary>
    private static async Task<(Counts Total, Dictionary<string, List<Counts>> Groups)> CountAsync(
        NpgsqlConnection connection, Guid organizationId, BaselineFilter filter, JobQualityStandards standards,
        IReadOnlyList<string> columns, CancellationToken ct)
    {
        var used = standards.Used.Select(p => p.Principle).ToList();
        var sql = new StringBuilder($"SELECT \"{nameof(BaselineRollup.Breakdown)}\", \"{nameof(BaselineRollup.Group)}\", ")
            .Append($"min(\"{nameof(BaselineRollup.FirstSequence)}\"), sum(\"{nameof(BaselineRollup.Placements)}\")::int, ")
            .Append($"sum(\"{nameof(BaselineRollup.Quality)}\")::int, sum(\"{nameof(BaselineRollup.NotQuality)}\")::int");
        foreach (var principle in used)
        {
            foreach (var status in Enum.GetValues<PrincipleStatus>())
            {
                // PostgreSQL arrays count from 1.
                sql.Append($", sum(\"{nameof(BaselineRollup.PrincipleCounts)}\"[{BaselineRollup.IndexOf(principle, status) + 1}])::int");
            }
        }
        sql.Append($" FROM {Table} WHERE ").Append(Where(filter))
            .Append($" AND \"{nameof(BaselineRollup.Breakdown)}\" = ANY(@breakdowns)")
            .Append($" GROUP BY \"{nameof(BaselineRollup.Breakdown)}\", \"{nameof(BaselineRollup.Group)}\"");

        var total = new Counts("", used.Count);
        var groups = columns.ToDictionary(c => c, _ => new Dictionary<string, Counts>(StringComparer.OrdinalIgnoreCase));
        var firstSeen = new Dictionary<Counts, long>();
        await using (var command = new NpgsqlCommand(sql.ToString(), connection))
        {
            AddParameters(command, organizationId, filter);
            command.Parameters.Add(new NpgsqlParameter("breakdowns", NpgsqlDbType.Array | NpgsqlDbType.Text)
            {
                Value = columns.Prepend(BaselineRollup.AllPlacements).ToArray(),
            });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var breakdown = reader.GetString(0);
                var counts = breakdown == BaselineRollup.AllPlacements ? total : new Counts(reader.GetString(1), used.Count);
                var sequence = reader.GetInt64(2);
                counts.N = reader.GetInt32(3);
                counts.Quality = reader.GetInt32(4);
                counts.NotQuality = reader.GetInt32(5);
                for (var p = 0; p < used.Count; p++)
                {
                    for (var s = 0; s < 3; s++) counts.Principles[p, s] = reader.GetInt32(6 + 3 * p + s);
                }
                if (counts == total) continue;
                var byName = groups[breakdown];
                if (byName.TryGetValue(counts.Name, out var group))
                {
                    group.Add(counts);
                    if (sequence < firstSeen[group]) (group.Name, firstSeen[group]) = (counts.Name, sequence);
                }
                else
                {
                    byName.Add(counts.Name, counts);
                    firstSeen[counts] = sequence;
                }
            }
        }
        return (total, groups.ToDictionary(g => g.Key, g => g.Value.Values.ToList()));
    }

    private static string Where(BaselineFilter filter)
    {
        var where = new StringBuilder("\"OrganizationId\" = @organization");
        if (filter.From is not null) where.Append(" AND \"PlacementDate\" >= @from");
        if (filter.To is not null) where.Append(" AND \"PlacementDate\" <= @to");
        if (!string.IsNullOrWhiteSpace(filter.Program)) where.Append($" AND lower(\"{nameof(PlacementResult.Program)}\") = lower(@program)");
        if (!string.IsNullOrWhiteSpace(filter.CountyFips)) where.Append($" AND \"{nameof(PlacementResult.CountyFips)}\" = @county");
        return where.ToString();
    }

    private static void AddParameters(NpgsqlCommand command, Guid organizationId, BaselineFilter filter)
    {
        command.Parameters.AddWithValue("organization", organizationId);
        if (filter.From is { } from) command.Parameters.AddWithValue("from", from);
        if (filter.To is { } to) command.Parameters.AddWithValue("to", to);
        if (!string.IsNullOrWhiteSpace(filter.Program)) command.Parameters.AddWithValue("program", filter.Program.Trim());
        if (!string.IsNullOrWhiteSpace(filter.CountyFips)) command.Parameters.AddWithValue("county", filter.CountyFips.Trim());
    }
}
