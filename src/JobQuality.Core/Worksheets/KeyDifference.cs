using JobQuality.Core.Common;
using JobQuality.Core.History;

namespace JobQuality.Core.Worksheets;

/// <summary>A row of worksheet 2: a key difference the team expects, read as "we will know X occurred if we see Y".</summary>
public sealed class KeyDifference : AuditableEntity, IPlanRow, IHasHistory
{
    public const int TextMaxLength = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }

    /// <summary>X: the difference expected.</summary>
    public string Difference { get; set; } = "";

    /// <summary>Y: what the team will see if it occurred.</summary>
    public string Evidence { get; set; } = "";

    public int Position { get; set; }
    public uint Version { get; set; }

    Guid IHasHistory.HistoryPlanId => PlanId;

    string IHasHistory.HistoryEntityId => Id.ToString();

    /// <summary>"We will know X occurred if we see Y", with a bracketed prompt for a blank part.</summary>
    public static string Sentence(string difference, string evidence) =>
        $"We will know {Part(difference, "[what difference]")} occurred if we see {Part(evidence, "[what evidence]")}.";

    private static string Part(string text, string prompt) => string.IsNullOrWhiteSpace(text) ? prompt : text.Trim().TrimEnd('.');
}

/// <summary>Process indicators count outputs (numbers, shares, dollars); change indicators measure outcomes (before and after, % change).</summary>
public enum IndicatorKind
{
    Process,
    Change,
}

/// <summary>An indicator of a key difference.</summary>
public sealed class SuccessIndicator : AuditableEntity, IPlanRow, IHasHistory
{
    public const int TextMaxLength = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public Guid KeyDifferenceId { get; set; }
    public IndicatorKind Kind { get; set; }
    public string Text { get; set; } = "";
    public int Position { get; set; }
    public uint Version { get; set; }

    Guid IHasHistory.HistoryPlanId => PlanId;

    string IHasHistory.HistoryEntityId => Id.ToString();
}
