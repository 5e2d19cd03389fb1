using JobQuality.Core.Common;
using JobQuality.Core.History;

namespace JobQuality.Core.Workbook;

/// <summary>
/// The team's value proposition ("ad-lib"): who the work helps, the pain it reduces, the aspirations it serves,
/// how, and with which levers. One per plan.
/// </summary>
public sealed class ValueProposition : AuditableEntity, IConcurrencyVersioned, IHasHistory
{
    public const int FieldMaxLength = 2000;

    public Guid PlanId { get; set; }

    /// <summary>Who: the target customers.</summary>
    public string TargetCustomers { get; set; } = "";

    public string PainPoints { get; set; } = "";
    public string Aspirations { get; set; } = "";

    /// <summary>How: the key strategies or offerings.</summary>
    public string Strategies { get; set; } = "";

    public List<Lever> Levers { get; set; } = [];

    public uint Version { get; set; }

    Guid IHasHistory.HistoryPlanId => PlanId;

    string IHasHistory.HistoryEntityId => PlanId.ToString();

    /// <summary>
    /// The value proposition as one sentence, composed as the team types. Blank parts show as a bracketed
    /// prompt, so the sentence always reads and shows what is still missing.
    /// </summary>
    public string Sentence()
    {
        var levers = Levers.Count == 0 ? "[the levers we will pull]" : JoinWithAnd(Levers.Distinct().Select(l => l.DisplayName()).ToList());
        return $"Our job quality work aims to help {Part(TargetCustomers, "[who]")} to {Part(PainPoints, "[reduce which pain points]")} " +
               $"and {Part(Aspirations, "[achieve which aspirations]")} by {Part(Strategies, "[how: our key strategies]")}. " +
               $"The primary {(Levers.Distinct().Count() == 1 ? "lever" : "levers")} we will use {(Levers.Distinct().Count() == 1 ? "is" : "are")} {levers}.";
    }

    /// <summary>Done when every part is filled in and at least one lever is chosen.</summary>
    public bool IsComplete =>
        new[] { TargetCustomers, PainPoints, Aspirations, Strategies }.All(p => !string.IsNullOrWhiteSpace(p)) && Levers.Count > 0;

    /// <summary>Not started while every part is blank, done when complete, in progress in between.</summary>
    public Plans.ToolProgress Progress =>
        IsComplete ? Plans.ToolProgress.Done
        : new[] { TargetCustomers, PainPoints, Aspirations, Strategies }.All(string.IsNullOrWhiteSpace) && Levers.Count == 0 ? Plans.ToolProgress.NotStarted
        : Plans.ToolProgress.InProgress;

    private static string Part(string text, string prompt) => SentenceParts.Part(text, prompt);

    private static string JoinWithAnd(IReadOnlyList<string> items) => SentenceParts.JoinWithAnd(items);
}
