using System.Globalization;
using JobQuality.Core.Baseline;
using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Data.Baseline;

namespace JobQuality.Web.Features.Baseline;

/// <summary>Whether a goal's indicator can be shown now.</summary>
public enum IndicatorState
{
    /// <summary>The value is known and may be shown.</summary>
    Shown,

    /// <summary>Too few placements in the group (or in all) to show it safely.</summary>
    Withheld,

    /// <summary>Nothing scored yet, or no placements in the group.</summary>
    NoData,

    /// <summary>The standards in force do not use the goal's principle.</summary>
    NotMeasured,
}

public sealed record IndicatorValue(IndicatorState State, decimal? Pct)
{
    public static IndicatorValue Of(decimal pct) => new(IndicatorState.Shown, pct);

    public static IndicatorValue Withheld { get; } = new(IndicatorState.Withheld, null);
    public static IndicatorValue NoData { get; } = new(IndicatorState.NoData, null);
    public static IndicatorValue NotMeasured { get; } = new(IndicatorState.NotMeasured, null);
}

/// <summary>The value of a goal's indicator in a baseline: the share of all placements, or of one group, meeting it.</summary>
public static class GoalIndicators
{
    public static IndicatorValue Measure(
        BaselineFigures? figures, int minCell, GoalMeasure measure, Principle? principle, string? column, string? group)
    {
        if (figures is null) return IndicatorValue.NoData;
        var summary = figures.Summary;
        var principleIndex = -1;
        if (measure == GoalMeasure.PrincipleMetPct)
        {
            principleIndex = summary.Principles.ToList().FindIndex(p => p.Principle == principle);
            if (principleIndex < 0) return IndicatorValue.NotMeasured;
        }
        if (column is null)
        {
            // The board's unfiltered totals are always shown (as on the dashboard); groups follow suppression.
            if (summary.Total == 0) return IndicatorValue.NoData;
            return IndicatorValue.Of(measure == GoalMeasure.QualityPct
                ? summary.QualityPct
                : ScoringEngine.Percent(summary.Principles[principleIndex].Met, summary.Total));
        }

        var breakdown = summary.By.FirstOrDefault(b => b.Column == column);
        var found = breakdown?.Groups.FirstOrDefault(g => string.Equals(g.Group, group?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (found is null) return IndicatorValue.NoData;
        if (found.Suppressed) return IndicatorValue.Withheld;
        if (measure == GoalMeasure.QualityPct) return IndicatorValue.Of(found.QualityPct!.Value);
        return figures.GroupPrinciples.TryGetValue((column, found.Group), out var counts)
            ? IndicatorValue.Of(ScoringEngine.Percent(counts.Single(c => c.Principle == principle).Met, found.N!.Value))
            : IndicatorValue.Withheld;
    }

    /// <summary>"Share of placements in quality jobs" or "Share of placements meeting Benefits", for all placements or one group.</summary>
    public static string Describe(GoalMeasure measure, Principle? principle, string? column, string? group)
    {
        var what = measure == GoalMeasure.QualityPct || principle is null
            ? "Share of placements in quality jobs"
            : $"Share of placements meeting {principle.Value.Name()}";
        return column is null ? $"{what}, all placements" : $"{what}, {BaselineWords.GroupPhrase(column, group ?? "")}";
    }
}

/// <summary>
/// How far a goal has come: from its starting value, through the value now, to the target, and in plain words
/// ("4.2 points to go, due 30 June 2027").
/// </summary>
public sealed record GoalProgress(decimal? StartingPct, IndicatorValue Current, decimal TargetPct, DateOnly TargetDate, DateOnly Today)
{
    public decimal? CurrentPct => Current.Pct;

    public bool Reached => CurrentPct >= TargetPct;

    public bool Overdue => Today > TargetDate && !Reached;

    /// <summary>Percentage points still to gain, when the value is known and the target not reached.</summary>
    public decimal? PointsToGo => CurrentPct is { } current && current < TargetPct ? TargetPct - current : null;

    /// <summary>
    /// 0–100 along the way from the starting value to the target (from zero when there was no starting value, or the
    /// target was not above it); null when the value cannot be shown.
    /// </summary>
    public int? BarPercent
    {
        get
        {
            if (CurrentPct is not { } current) return null;
            if (Reached) return 100;
            var from = StartingPct is { } start && start < TargetPct ? start : 0m;
            var span = TargetPct - from;
            return span <= 0 ? 100 : (int)Math.Clamp(Math.Floor(100 * (current - from) / span), 0, 100);
        }
    }

    public string Words
    {
        get
        {
            var due = BaselineWords.Date(TargetDate);
            return Current.State switch
            {
                IndicatorState.Withheld => $"Withheld: too few placements to show this safely. Due {due}.",
                IndicatorState.NoData => $"No scored placements to measure yet. Due {due}.",
                IndicatorState.NotMeasured => "The standards in force no longer use this principle, so the goal cannot be measured.",
                _ when Reached => $"Target reached ({BaselineWords.Percent(CurrentPct!.Value)} against {BaselineWords.Percent(TargetPct)}), due {due}.",
                _ when Overdue => $"Overdue: {Points(PointsToGo!.Value)} to go, was due {due}.",
                _ => $"{Points(PointsToGo!.Value)} to go, due {due}.",
            };
        }
    }

    private static string Points(decimal points) => points.ToString("0.0", CultureInfo.InvariantCulture) + " points";
}

/// <summary>A goal as the page and the API show it, with its progress.</summary>
public sealed record GoalView(
    Guid Id, string Statement, GoalMeasure Measure, Principle? Principle, string? GroupColumn, string? GroupValue,
    decimal TargetPct, DateOnly TargetDate, decimal? StartingPct, uint Version, string Indicator, GoalProgress Progress)
{
    public static GoalView From(BaselineGoal goal, IndicatorValue current, DateOnly today) => new(
        goal.Id, goal.Statement, goal.Measure, goal.Principle, goal.GroupColumn, goal.GroupValue, goal.TargetPct, goal.TargetDate,
        goal.StartingPct, goal.Version, GoalIndicators.Describe(goal.Measure, goal.Principle, goal.GroupColumn, goal.GroupValue),
        new GoalProgress(goal.StartingPct, current, goal.TargetPct, goal.TargetDate, today));

    /// <summary>The goal as it is stored, without its progress (a conflict's "their version").</summary>
    public static GoalView Stored(BaselineGoal goal, DateOnly today) => From(goal, IndicatorValue.NoData, today);
}
