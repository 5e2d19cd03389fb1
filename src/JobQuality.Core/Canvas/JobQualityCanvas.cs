using JobQuality.Core.Plans;
using JobQuality.Core.Workbook;

namespace JobQuality.Core.Canvas;

/// <summary>The canvas as a tool: its mission header (a form answer), its squares and its progress.</summary>
public static class JobQualityCanvas
{
    public const string ToolKey = "canvas";
    public const string MissionField = "mission";

    public static WorkbookForm MissionForm { get; } = new(ToolKey,
    [
        new FormSection("header", "Mission", "The canvas opens with the mission: finish the sentence in your own words.",
        [
            new FormField(MissionField, "Boost job quality by…",
                "Start from your value proposition and say it in one line a partner would remember."),
        ]),
    ]);

    /// <summary>Done when the mission is written and every square holds at least one item.</summary>
    public static ToolProgress Progress(string? mission, IEnumerable<CanvasSquare> squaresWithItems) =>
        Progress(!string.IsNullOrWhiteSpace(mission), squaresWithItems);

    public static ToolProgress Progress(bool hasMission, IEnumerable<CanvasSquare> squaresWithItems)
    {
        var filled = squaresWithItems.Distinct().Count();
        if (!hasMission && filled == 0) return ToolProgress.NotStarted;
        return hasMission && filled == CanvasSquares.InFillOrder.Count ? ToolProgress.Done : ToolProgress.InProgress;
    }

    /// <summary>
    /// The items "seed from the value proposition" adds: each target customer becomes a Beneficiaries item, each strategy
    /// and lever a Key Strategies item. Parts are split on line breaks and semicolons. Text already on the canvas in that
    /// square (ignoring case and surrounding spaces) is skipped, so seeding twice adds nothing.
    /// </summary>
    public static IReadOnlyList<(CanvasSquare Square, string Text)> SeedFrom(ValueProposition proposition, IEnumerable<CanvasItem> existing)
    {
        var seen = existing.Select(i => (i.Square, Normalize(i.Text))).ToHashSet();
        var seeds = Parts(proposition.TargetCustomers).Select(t => (CanvasSquare.Beneficiaries, t))
            .Concat(Parts(proposition.Strategies).Select(t => (CanvasSquare.KeyStrategies, t)))
            .Concat(proposition.Levers.Distinct().Select(l => (CanvasSquare.KeyStrategies, $"Lever: {l.DisplayName()}")));
        var result = new List<(CanvasSquare, string)>();
        foreach (var (square, text) in seeds)
        {
            var clipped = text.Length > CanvasItem.TextMaxLength ? text[..CanvasItem.TextMaxLength] : text;
            if (seen.Add((square, Normalize(clipped)))) result.Add((square, clipped));
        }
        return result;
    }

    private static IEnumerable<string> Parts(string text) =>
        text.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.TrimEnd('.').Trim())
            .Where(p => p.Length > 0);

    private static string Normalize(string text) => text.Trim().ToUpperInvariant();
}
