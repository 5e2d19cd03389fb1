using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Data;
using JobQuality.Data.Baseline;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Baseline;

/// <summary>What the figures were measured with: the standards version, the living wage table, and when.</summary>
public sealed record ScoredWith(int StandardsNumber, string StandardsName, string? LivingWageTable, DateTimeOffset ScoredAt)
{
    /// <summary>"standards version 3 (Example Board 2026) and the living wage table MIT Living Wage Calculator, 2025".</summary>
    public string Describe() =>
        $"standards version {StandardsNumber} ({StandardsName}) and " +
        (LivingWageTable is { } table ? $"the living wage table {table}" : "no living wage table (living wage checks count as unknown)");

    public static async Task<ScoredWith> LoadAsync(AppDbContext db, BaselineFigures figures, CancellationToken ct)
    {
        var table = figures.Run.LivingWageTableId is { } tableId
            ? await db.LivingWageTables.AsNoTracking().Where(t => t.Id == tableId)
                .Select(t => t.SourceName + ", " + t.VintageYear).FirstOrDefaultAsync(ct)
            : null;
        return new ScoredWith(figures.StandardsVersion.Number, figures.StandardsVersion.Name, table,
            figures.Run.FinishedAt ?? figures.Run.QueuedAt);
    }
}

public sealed record BaselineTotals(int Total, int Quality, int NotQuality, int Incomplete, decimal QualityPct);

/// <summary>How the placements fare on one principle the standards use.</summary>
public sealed record PrincipleRow(Principle Principle, string Name, PrincipleMode Mode, int Met, int NotMet, int Unknown)
{
    public int Total => Met + NotMet + Unknown;
    public decimal MetPct => ScoringEngine.Percent(Met, Total);
}

/// <summary>A principle a group misses often: how many of its placements do not meet it, and what share.</summary>
public sealed record PrincipleShortfall(Principle Principle, string Name, int NotMet, decimal NotMetPct);

/// <summary>
/// One group of a breakdown. A withheld group (<see cref="Suppressed"/>) carries its name only: no count, no rate, no gap,
/// no principles.
/// </summary>
public sealed record GroupRow(
    string Group, int? N, int? Quality, decimal? QualityPct, bool Suppressed, decimal? GapPts, IReadOnlyList<PrincipleShortfall> FailsMost);

public sealed record BreakdownView(string Column, string Title, IReadOnlyList<GroupRow> Groups);

/// <summary>
/// The baseline as the dashboard, the CSV and the goals read it. When <see cref="Withheld"/> (the filters leave fewer
/// placements than the minimum cell size), there are no figures at all: a small total is itself a small cell.
/// </summary>
public sealed record BaselineView(bool Withheld, BaselineTotals? Totals, IReadOnlyList<PrincipleRow> Principles, IReadOnlyList<BreakdownView> Breakdowns)
{
    /// <summary>How many principles a group's "fails most" lists.</summary>
    public const int FailsMostCount = 2;

    public static BaselineView Hidden { get; } = new(true, null, [], []);

    public static BaselineView From(BaselineFigures figures)
    {
        var summary = figures.Summary;
        var modes = figures.Standards.Used.ToDictionary(p => p.Principle, p => p.Mode);
        var principles = summary.Principles
            .Select(p => new PrincipleRow(p.Principle, p.Principle.Name(), modes[p.Principle], p.Met, p.NotMet, p.Unknown))
            .ToList();
        var breakdowns = BaselineWords.Breakdowns
            .Select(b => (b.Title, Breakdown: summary.By.FirstOrDefault(x => x.Column == b.Column)))
            .Where(b => b.Breakdown is not null)
            .Select(b => new BreakdownView(b.Breakdown!.Column, b.Title, b.Breakdown.Groups.Select(g => g.Suppressed
                ? new GroupRow(g.Group, null, null, null, true, null, [])
                : new GroupRow(g.Group, g.N, g.Quality, g.QualityPct, false,
                    BaselineWords.Gap(g.QualityPct!.Value, summary.QualityPct),
                    FailsMost(figures, b.Breakdown.Column, g.Group, g.N!.Value))).ToList()))
            .ToList();
        return new BaselineView(false,
            new BaselineTotals(summary.Total, summary.Quality, summary.NotQuality, summary.Incomplete, summary.QualityPct),
            principles, breakdowns);
    }

    private static IReadOnlyList<PrincipleShortfall> FailsMost(BaselineFigures figures, string column, string group, int n) =>
        figures.GroupPrinciples.TryGetValue((column, group), out var counts)
            ? counts.Where(c => c.NotMet > 0)
                .OrderByDescending(c => c.NotMet).ThenBy(c => c.Principle)
                .Take(FailsMostCount)
                .Select(c => new PrincipleShortfall(c.Principle, c.Principle.Name(), c.NotMet, ScoringEngine.Percent(c.NotMet, n)))
                .ToList()
            : [];
}
