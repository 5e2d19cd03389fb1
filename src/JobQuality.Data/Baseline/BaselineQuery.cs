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
/// Adds up stored results in PostgreSQL: one scan of the organization's results with GROUPING SETS gives the totals,
/// the principles and every breakdown at once; only the groups' counts reach the app, never the placements.
/// Suppression and ordering are the engine's own (<see cref="Suppression"/>), so the numbers equal <c>jobquality score</c>.
/// </summary>
public static class BaselineQuery
{
    private const string Table = "\"PlacementResults\"";

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
                // Grouped by the database's lower(); should its locale tell apart two spellings .NET merges, keep the first.
                var byName = new Dictionary<string, Counts>(StringComparer.OrdinalIgnoreCase);
                foreach (var group in counts.Groups[breakdown.Column]) byName.TryAdd(group.Name, group);
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

        /// <summary>Every spelling of the group, when it was written in more than one way (differing only in case).</summary>
        public List<string>? Spellings { get; set; }

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
    /// One scan of the results with GROUPING SETS: the totals, and each breakdown by the groups as stored. Groups
    /// spelled in several ways come back once per spelling and are added up here, folding case as the engine does
    /// (<see cref="StringComparer.OrdinalIgnoreCase"/>), then named by the spelling imported first. Grouping by the
    /// stored text (no lower(), no min/max of the spellings per group) keeps the scan cheap: every aggregate is
    /// computed once per grouping set, and text functions on a million rows cost seconds.
    /// </summary>
    private static async Task<(Counts Total, Dictionary<string, List<Counts>> Groups)> CountAsync(
        NpgsqlConnection connection, Guid organizationId, BaselineFilter filter, JobQualityStandards standards,
        IReadOnlyList<string> columns, CancellationToken ct)
    {
        var used = standards.Used.Select(p => $"\"{p.Principle}\"").ToList();
        var keys = columns.Select(c => $"\"{BreakdownColumns.ByBreakdown[c]}\"").ToList();
        var sql = new StringBuilder("SELECT count(*)::int, ")
            .Append($"count(*) FILTER (WHERE \"Classification\" = {(short)Classification.Quality})::int, ")
            .Append($"count(*) FILTER (WHERE \"Classification\" = {(short)Classification.NotQuality})::int");
        foreach (var principle in used)
        {
            foreach (var status in Enum.GetValues<PrincipleStatus>()) sql.Append($", count(*) FILTER (WHERE {principle} = {(short)status})::int");
        }
        foreach (var key in keys) sql.Append($", GROUPING({key}), {key}");
        sql.Append($" FROM {Table} WHERE ").Append(Where(filter));
        sql.Append(" GROUP BY GROUPING SETS (()").Append(string.Concat(keys.Select(k => $", ({k})"))).Append(')');

        var total = new Counts("", used.Count);
        var groups = columns.ToDictionary(c => c, _ => new Dictionary<string, Counts>(StringComparer.OrdinalIgnoreCase));
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            // Compiling this one scan to machine code (JIT) takes longer than the scan itself.
            await using (var noJit = new NpgsqlCommand("SET LOCAL jit = off", connection, transaction))
            {
                await noJit.ExecuteNonQueryAsync(ct);
            }
            await using (var command = new NpgsqlCommand(sql.ToString(), connection, transaction))
            {
                AddParameters(command, organizationId, filter);
                await using var reader = await command.ExecuteReaderAsync(ct);
                var first = 3 + 3 * used.Count;
                while (await reader.ReadAsync(ct))
                {
                    var set = Enumerable.Range(0, columns.Count).FirstOrDefault(i => reader.GetInt32(first + 2 * i) == 0, -1);
                    var counts = set < 0 ? total : new Counts(reader.GetString(first + 2 * set + 1), used.Count);
                    counts.N = reader.GetInt32(0);
                    counts.Quality = reader.GetInt32(1);
                    counts.NotQuality = reader.GetInt32(2);
                    for (var p = 0; p < used.Count; p++)
                    {
                        for (var s = 0; s < 3; s++) counts.Principles[p, s] = reader.GetInt32(3 + 3 * p + s);
                    }
                    if (set < 0) continue;
                    var byName = groups[columns[set]];
                    if (byName.TryGetValue(counts.Name, out var group))
                    {
                        group.Spellings ??= [group.Name];
                        group.Spellings.Add(counts.Name);
                        group.Add(counts);
                    }
                    else
                    {
                        byName.Add(counts.Name, counts);
                    }
                }
            }
            foreach (var column in columns)
            {
                var spelledTwice = groups[column].Values.Where(g => g.Spellings is not null).ToList();
                if (spelledTwice.Count > 0) await NameByFirstSpellingAsync(connection, transaction, organizationId, filter, column, spelledTwice, ct);
            }
            await transaction.CommitAsync(ct);
        }
        return (total, groups.ToDictionary(g => g.Key, g => g.Value.Values.ToList()));
    }

    /// <summary>Names groups written in several ways (e.g. "WIOA Adult" and "wioa adult") by the spelling imported first, as the CLI does.</summary>
    private static async Task NameByFirstSpellingAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid organizationId, BaselineFilter filter, string breakdown, List<Counts> groups,
        CancellationToken ct)
    {
        var column = $"\"{BreakdownColumns.ByBreakdown[breakdown]}\"";
        await using var command = new NpgsqlCommand(
            $"SELECT {column}, min(\"Sequence\") FROM {Table} WHERE {Where(filter)} AND {column} = ANY(@spellings) GROUP BY {column}", connection, transaction);
        AddParameters(command, organizationId, filter);
        command.Parameters.Add(new NpgsqlParameter("spellings", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = groups.SelectMany(g => g.Spellings!).ToArray(),
        });
        var firstSeen = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) firstSeen[reader.GetString(0)] = reader.GetInt64(1);
        }
        foreach (var group in groups) group.Name = group.Spellings!.MinBy(s => firstSeen.GetValueOrDefault(s, long.MaxValue))!;
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
