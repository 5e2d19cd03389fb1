using System.Globalization;
using JobQuality.Core.Scoring.Summary;

namespace JobQuality.Web.Features.Baseline;

/// <summary>The baseline's numbers in the words and formats the page, the CSV and the goals share.</summary>
public static class BaselineWords
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The breakdowns of SCORING.md section 5 in the order the dashboard offers them, with their names.</summary>
    public static IReadOnlyList<(string Column, string Title)> Breakdowns { get; } =
    [
        ("race_ethnicity", "Race and ethnicity"),
        ("sex", "Sex"),
        ("age", "Age band"),
        ("program", "Program"),
        ("county_fips", "County"),
        ("naics2", "Industry"),
        ("veteran", "Veteran"),
        ("disability", "Disability"),
    ];

    public static IReadOnlyList<string> Columns { get; } = Breakdowns.Select(b => b.Column).ToList();

    /// <summary>"Race and ethnicity" for race_ethnicity; the column itself when unknown.</summary>
    public static string BreakdownTitle(string? column) =>
        Breakdowns.FirstOrDefault(b => string.Equals(b.Column, column, StringComparison.OrdinalIgnoreCase)).Title ?? column ?? "";

    /// <summary>How a group is described in a sentence: "county 18097", "industry (NAICS) 62", "veterans: Yes".</summary>
    public static string GroupPhrase(string column, string group) => column switch
    {
        "county_fips" => $"county {group}",
        "naics2" => $"industry (NAICS) {group}",
        "age" => $"age band {group}",
        "veteran" => $"veteran: {group}",
        "disability" => $"disability: {group}",
        "sex" => $"sex: {group}",
        "race_ethnicity" => $"race and ethnicity: {group}",
        _ => group,
    };

    /// <summary>"42.3%".</summary>
    public static string Percent(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>"1,204".</summary>
    public static string Count(int value) => value.ToString("N0", Us);

    /// <summary>A group's rate minus the overall rate, in percentage points, one decimal.</summary>
    public static decimal Gap(decimal groupPct, decimal overallPct) => groupPct - overallPct;

    /// <summary>
    /// A gap in percentage points, signed: "−12.4 pts" (with a real minus sign, which screen readers say), "+3.1 pts",
    /// "0.0 pts".
    /// </summary>
    public static string FormatGap(decimal gapPts)
    {
        var size = Math.Abs(gapPts).ToString("0.0", CultureInfo.InvariantCulture);
        return gapPts switch
        {
            > 0 => $"+{size} pts",
            < 0 => $"\u2212{size} pts",
            _ => $"{size} pts",
        };
    }

    /// <summary>The gap in words, for screen readers and tooltips: "12.4 points below the overall rate".</summary>
    public static string DescribeGap(decimal gapPts)
    {
        var size = Math.Abs(gapPts).ToString("0.0", CultureInfo.InvariantCulture);
        return gapPts switch
        {
            > 0 => $"{size} points above the overall rate",
            < 0 => $"{size} points below the overall rate",
            _ => "the same as the overall rate",
        };
    }

    /// <summary>What a withheld group shows instead of numbers.</summary>
    public const string WithheldCell = "Withheld to protect privacy";

    /// <summary>The one-sentence explanation of suppression, with the organization's minimum cell size.</summary>
    public static string SuppressionRule(int minCell) =>
        $"To protect privacy, a group with fewer than {minCell} placements is shown without numbers, and when only one group " +
        "is that small the next smallest is withheld too, so no one can work its size out from the total.";

    /// <summary>"30 June 2027".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The name shown for a group (the engine names blanks "Not reported").</summary>
    public static bool IsNotReported(string group) => group == Core.Scoring.Summary.Breakdowns.NotReported;

    /// <summary>Whether a breakdown column is one results can be broken down by.</summary>
    public static bool IsBreakdown(string? column) => column is not null && Columns.Contains(column);

    /// <summary>A shown group's share, for the goals: quality jobs or one principle met, of its placements.</summary>
    internal static decimal Share(int count, int of) => Core.Scoring.ScoringEngine.Percent(count, of);

    /// <summary>The groups of a breakdown that are shown (not withheld), by name.</summary>
    internal static IEnumerable<GroupResult> Shown(this Breakdown breakdown) => breakdown.Groups.Where(g => !g.Suppressed);
}
