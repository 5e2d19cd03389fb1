using JobQuality.Core.Workbook;

namespace JobQuality.Web.Features.ValueProposition;

/// <summary>A plan's value proposition as the tool shows it, with the composed sentence and the version to save from.</summary>
public sealed record ValuePropositionView(
    Guid PlanId,
    string TargetCustomers,
    string PainPoints,
    string Aspirations,
    string Strategies,
    IReadOnlyList<Lever> Levers,
    string Sentence,
    bool IsComplete,
    uint Version)
{
    public static ValuePropositionView From(Core.Workbook.ValueProposition v) => new(
        v.PlanId, v.TargetCustomers, v.PainPoints, v.Aspirations, v.Strategies, v.Levers, v.Sentence(), v.IsComplete, v.Version);
}
