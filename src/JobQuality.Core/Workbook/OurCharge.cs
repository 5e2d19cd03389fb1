using JobQuality.Core.Plans;

namespace JobQuality.Core.Workbook;

/// <summary>
/// Ad-Lib #2, "our charge": the value proposition refined into the team's charge, its first steps (rows of
/// <see cref="FirstStep"/>), what it is most excited about, and what will be different if it succeeds, tied to
/// indicators of worksheet 2. The free-text parts are form answers.
/// </summary>
public static class OurCharge
{
    public const string ToolKey = "charge";
    public const string ChargeField = "charge";
    public const string ExcitedField = "excited";
    public const string DifferentField = "different";

    /// <summary>The ids of the worksheet 2 indicators picked, separated by commas.</summary>
    public const string IndicatorsField = "indicators";

    public static WorkbookForm Form { get; } = new(ToolKey,
    [
        new FormSection("charge", "Our charge", "Say in your own words what the coalition has taken on.",
        [
            new FormField(ChargeField, "Our charge",
                "Starts as your value proposition. Sharpen it with what the canvas, the pitch and the data worksheets taught you."),
            new FormField(ExcitedField, "We are most excited about",
                "The longer-term goals that keep the team going: what you would celebrate in three to five years."),
            new FormField(DifferentField, "What will be different if we succeed",
                "For workers, employers and the region. Pick the indicators from worksheet 2 that will show it."),
            new FormField(IndicatorsField, "Indicators that will show it", "Indicators from worksheet 2.", FieldKind.Text),
        ]),
    ]);

    public static IReadOnlyList<Guid> ParseIndicators(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => Guid.TryParse(t, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .Distinct()
            .ToList();

    public static string FormatIndicators(IEnumerable<Guid> ids) => string.Join(",", ids.Distinct());

    /// <summary>What the charge starts as until the team rewrites it: the value proposition's sentence, once any of it
    /// is written (null before that, so an empty proposition's prompts never become the charge).</summary>
    public static string? StartingCharge(ValueProposition? proposition) =>
        proposition is not null && proposition.Sentence() != new ValueProposition().Sentence() ? proposition.Sentence() : null;

    /// <summary>
    /// The charge as one short paragraph, composed as the team types; blank parts read as bracketed prompts.
    /// </summary>
    public static string Compose(string charge, IEnumerable<string> firstSteps, string excited, string different, IEnumerable<string> indicators)
    {
        var chargeText = string.IsNullOrWhiteSpace(charge) ? "[our charge]" : charge.Trim();
        if (!chargeText.EndsWith('.') && !chargeText.EndsWith('!') && !chargeText.EndsWith('?') && !chargeText.EndsWith(']')) chargeText += ".";
        var steps = SentenceParts.List(firstSteps, "[our first steps]");
        var indicatorList = SentenceParts.List(indicators, "");
        var difference = SentenceParts.Part(different, "[what will be different]");
        return $"Our charge: {chargeText} Our first steps are {steps}. We are most excited about {SentenceParts.Part(excited, "[our longer-term goals]")}. " +
               $"If we succeed, {difference}" + (indicatorList.Length == 0 ? "." : $", and we will see it in {indicatorList}.");
    }

    /// <summary>
    /// Not started while nothing is written; done when the charge (or the value proposition it starts from), at least one
    /// first step, what excites the team, and what will be different, with at least one indicator, are all there.
    /// </summary>
    public static ToolProgress Progress(IReadOnlyDictionary<string, string> answers, bool hasValueProposition, int firstSteps, int indicatorsPicked)
    {
        string Answer(string key) => answers.GetValueOrDefault(key, "");
        var written = answers.Values.Any(v => !string.IsNullOrWhiteSpace(v)) || firstSteps > 0;
        if (!written) return ToolProgress.NotStarted;
        var done = (!string.IsNullOrWhiteSpace(Answer(ChargeField)) || hasValueProposition)
            && firstSteps > 0
            && !string.IsNullOrWhiteSpace(Answer(ExcitedField))
            && !string.IsNullOrWhiteSpace(Answer(DifferentField))
            && indicatorsPicked > 0;
        return done ? ToolProgress.Done : ToolProgress.InProgress;
    }
}
