using JobQuality.Core.Workbook;
using JobQuality.Core.Worksheets;
using JobQuality.Web.Features.Workbook;

namespace JobQuality.Web.Features.Charge;

/// <summary>A first step, with the version to save or delete from.</summary>
public sealed record FirstStepView(Guid Id, string Text, int Position, uint Version)
{
    public static FirstStepView From(FirstStep step) => new(step.Id, step.Text, step.Position, step.Version);
}

/// <summary>An indicator of worksheet 2 the team can pick to show what will be different.</summary>
public sealed record IndicatorOption(Guid Id, IndicatorKind Kind, string Text, string Difference);

/// <summary>
/// Ad-Lib #2 as the page shows it. <see cref="ValuePropositionSentence"/> is what the charge starts from while nobody has
/// written one; <see cref="Sentence"/> is the charge composed from what is saved.
/// </summary>
public sealed record ChargeView(
    Guid PlanId,
    IReadOnlyDictionary<string, AnswerView> Answers,
    string? ValuePropositionSentence,
    IReadOnlyList<FirstStepView> Steps,
    IReadOnlyList<IndicatorOption> Indicators,
    string Sentence)
{
    /// <summary>The charge as it reads now: the saved answer, else the value proposition's sentence, else blank.</summary>
    public string Charge => Answers[OurCharge.ChargeField].Text is { Length: > 0 } text ? text : ValuePropositionSentence ?? "";

    /// <summary>Texts of the picked indicators that still exist, in the order they were picked.</summary>
    public static IReadOnlyList<string> Picked(string stored, IReadOnlyList<IndicatorOption> options) =>
        OurCharge.ParseIndicators(stored).Select(id => options.FirstOrDefault(o => o.Id == id)?.Text).OfType<string>().ToList();
}
