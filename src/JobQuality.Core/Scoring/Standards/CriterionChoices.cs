namespace JobQuality.Core.Scoring.Standards;

/// <summary>The kind of input a criterion's value needs, decided by its field's type and its operator.</summary>
public enum CriterionInput
{
    /// <summary>No field or no fitting operator chosen yet: nothing to type.</summary>
    None,

    /// <summary>A number, decimals allowed (<c>value</c>).</summary>
    Number,

    /// <summary>A whole number (<c>value</c> of an integer field).</summary>
    WholeNumber,

    /// <summary>Yes or no (<c>value</c> true or false).</summary>
    YesNo,

    /// <summary>A list of text values (<c>values</c>).</summary>
    TextList,

    /// <summary>A share of the living wage in percent, greater than 0 (<c>pct</c>).</summary>
    Percent,
}

/// <summary>
/// What a criterion may be built from (SCORING.md section 3): the fields standards may test, and for each field the
/// operators that fit its type and the input its value needs. The card editor offers only these, so a criterion built
/// with it can only be wrong by a missing value.
/// </summary>
public static class CriterionChoices
{
    /// <summary>The one field that also takes <see cref="CriterionOp.LivingWage"/>.</summary>
    public const string LivingWageField = "hourly_wage";

    private static readonly CriterionOp[] Comparisons =
        [CriterionOp.GreaterOrEqual, CriterionOp.Greater, CriterionOp.LessOrEqual, CriterionOp.Less, CriterionOp.Equal, CriterionOp.NotEqual];

    private static readonly CriterionOp[] WageComparisons = [.. Comparisons, CriterionOp.LivingWage];
    private static readonly CriterionOp[] YesNo = [CriterionOp.Equal, CriterionOp.NotEqual];
    private static readonly CriterionOp[] Lists = [CriterionOp.In, CriterionOp.NotIn];

    /// <summary>The placement fields a criterion may test, in the contract's order (not identifiers or demographics).</summary>
    public static IReadOnlyList<PlacementField> Fields { get; } = PlacementFields.All.Where(f => f.UsableInCriteria).ToList();

    private static readonly Dictionary<Principle, string[]> Suggested = new()
    {
        [Principle.Earnings] = [LivingWageField],
        [Principle.Schedules] = ["schedule_notice_days", "weekly_hours"],
        [Principle.SafetyAndSecurity] = ["employment_type", "safety_violations_3y"],
        [Principle.Benefits] = ["health_insurance_offered", "employer_premium_share_pct", "paid_leave_days", "retirement_plan_offered"],
        [Principle.VoiceAndRepresentation] = ["worker_voice"],
        [Principle.LearningAndDevelopment] = ["training_provided", "career_pathway"],
        [Principle.EnvironmentAndCulture] = ["env_culture_rating"],
        [Principle.PurposeAndMeaning] = ["purpose_rating"],
    };

    /// <summary>The fields that usually measure a principle, first; then every other field, in the contract's order.</summary>
    public static IReadOnlyList<PlacementField> FieldsFor(Principle principle)
    {
        var suggested = SuggestedFields(principle);
        return [.. suggested, .. Fields.Where(f => !suggested.Contains(f))];
    }

    /// <summary>The fields that usually measure a principle (a new criterion starts with the first one not used yet).</summary>
    public static IReadOnlyList<PlacementField> SuggestedFields(Principle principle) =>
        Suggested.TryGetValue(principle, out var names) ? names.Select(n => PlacementFields.Find(n)!).ToList() : [];

    /// <summary>The operators that fit a field: comparisons on numbers (and living_wage on hourly_wage), = and != on yes/no, in and not_in on text.</summary>
    public static IReadOnlyList<CriterionOp> OperatorsFor(PlacementField field) => field.Type switch
    {
        FieldType.Decimal or FieldType.Integer when IsLivingWageField(field) => WageComparisons,
        FieldType.Decimal or FieldType.Integer => Comparisons,
        FieldType.Boolean => YesNo,
        FieldType.Text => Lists,
        _ => [],
    };

    public static bool Fits(PlacementField field, CriterionOp op) => OperatorsFor(field).Contains(op);

    /// <summary>The operator a criterion starts with when its field is chosen.</summary>
    public static CriterionOp DefaultOperator(PlacementField field) => field.Type switch
    {
        _ when IsLivingWageField(field) => CriterionOp.LivingWage,
        FieldType.Boolean => CriterionOp.Equal,
        FieldType.Text => CriterionOp.In,
        _ => CriterionOp.GreaterOrEqual,
    };

    /// <summary>The input the value of <paramref name="op"/> on <paramref name="field"/> needs (<see cref="CriterionInput.None"/> when they do not fit).</summary>
    public static CriterionInput InputFor(PlacementField field, CriterionOp op)
    {
        if (!Fits(field, op)) return CriterionInput.None;
        return op switch
        {
            CriterionOp.LivingWage => CriterionInput.Percent,
            CriterionOp.In or CriterionOp.NotIn => CriterionInput.TextList,
            _ => field.Type switch
            {
                FieldType.Boolean => CriterionInput.YesNo,
                FieldType.Integer => CriterionInput.WholeNumber,
                _ => CriterionInput.Number,
            },
        };
    }

    /// <summary>An operator in words, with its symbol for people who know the JSON: "is at least (&gt;=)".</summary>
    public static string OperatorName(CriterionOp op, FieldType type)
    {
        var words = op switch
        {
            CriterionOp.GreaterOrEqual => "is at least",
            CriterionOp.Greater => "is more than",
            CriterionOp.LessOrEqual => "is at most",
            CriterionOp.Less => "is less than",
            CriterionOp.Equal => type == FieldType.Boolean ? "is" : "is exactly",
            CriterionOp.NotEqual => "is not",
            CriterionOp.In => "is one of",
            CriterionOp.NotIn => "is none of",
            CriterionOp.LivingWage => "is at least a share of the living wage",
            _ => op.ToString(),
        };
        return $"{words} ({Criterion.Symbol(op)})";
    }

    /// <summary>A field in words with its column name: "The hours a week (weekly_hours)".</summary>
    public static string FieldName(PlacementField field) => $"{StandardsWords.FieldName(field.Name)} ({field.Name})";

    private static bool IsLivingWageField(PlacementField field) => string.Equals(field.Name, LivingWageField, StringComparison.Ordinal);
}
