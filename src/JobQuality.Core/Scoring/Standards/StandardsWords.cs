using System.Globalization;

namespace JobQuality.Core.Scoring.Standards;

/// <summary>Standards in plain words, for people who do not read JSON.</summary>
public static class StandardsWords
{
    public static string Name(this Principle principle) => principle switch
    {
        Principle.Earnings => "Earnings",
        Principle.Schedules => "Schedules",
        Principle.SafetyAndSecurity => "Safety and security",
        Principle.Benefits => "Benefits",
        Principle.VoiceAndRepresentation => "Voice and representation",
        Principle.LearningAndDevelopment => "Learning and development",
        Principle.EnvironmentAndCulture => "Environment and culture",
        Principle.PurposeAndMeaning => "Purpose and meaning",
        _ => principle.ToString(),
    };

    /// <summary>One sentence on what the principle asks of a job, for people choosing how it counts.</summary>
    public static string Guidance(this Principle principle) => principle switch
    {
        Principle.Earnings => "Pay that covers the basic costs of living where the worker lives, for example at least the local living wage.",
        Principle.Schedules => "Hours that are steady, known well in advance and enough to live on.",
        Principle.SafetyAndSecurity => "A safe workplace and a secure job: proper employee status and no record of serious safety violations.",
        Principle.Benefits => "Support beyond pay, such as health insurance, paid leave and a retirement plan.",
        Principle.VoiceAndRepresentation => "Workers can speak up and be heard, for example through a union or a formal way to raise concerns.",
        Principle.LearningAndDevelopment => "Training the employer pays for, and a clear path to a better job.",
        Principle.EnvironmentAndCulture => "A workplace where people use their skills, feel they belong and have a say, as participants rate it.",
        Principle.PurposeAndMeaning => "Work that participants find meaningful, as they rate it.",
        _ => "",
    };

    public static string Describe(this PrincipleMode mode) => mode switch
    {
        PrincipleMode.Required => "Required: a quality job must meet it",
        PrincipleMode.Scored => "Scored: counts in the score only",
        PrincipleMode.NotUsed => "Not used",
        _ => mode.ToString(),
    };

    private static readonly Dictionary<string, string> FieldWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["program"] = "the program",
        ["employer_name"] = "the employer",
        ["employer_naics"] = "the industry (NAICS code)",
        ["occupation_soc"] = "the occupation (SOC code)",
        ["county_fips"] = "the county (FIPS code)",
        ["household_type"] = "the household type",
        ["hourly_wage"] = "the hourly wage",
        ["weekly_hours"] = "the hours a week",
        ["employment_type"] = "the employment type",
        ["schedule_notice_days"] = "the days of notice of schedules",
        ["health_insurance_offered"] = "health insurance offered",
        ["employer_premium_share_pct"] = "the employer's share of the health premium (%)",
        ["paid_leave_days"] = "the paid leave days a year",
        ["retirement_plan_offered"] = "retirement plan offered",
        ["worker_voice"] = "union or formal worker voice",
        ["training_provided"] = "employer-paid training",
        ["career_pathway"] = "defined path to advancement",
        ["safety_violations_3y"] = "serious safety violations at the employer in 3 years",
        ["env_culture_rating"] = "the participant's rating of environment and culture (1 to 5)",
        ["purpose_rating"] = "the participant's rating of purpose (1 to 5)",
    };

    /// <summary>A placement field in words, starting with a capital ("The hours a week"); unknown names come back as given.</summary>
    public static string FieldName(string field) => Capital(FieldWords.GetValueOrDefault(field.Trim(), field));

    /// <summary>One criterion as a sentence, e.g. "the hours a week are at least 30".</summary>
    public static string Describe(this Criterion criterion)
    {
        var field = FieldWords.GetValueOrDefault(criterion.Field, criterion.Field);
        if (criterion.Flag is { } flag)
        {
            var yes = criterion.Op == CriterionOp.Equal ? flag : !flag;
            return $"{Capital(field)}: {(yes ? "yes" : "no")}";
        }
        var number = criterion.Number?.ToString("0.##", CultureInfo.InvariantCulture);
        return criterion.Op switch
        {
            CriterionOp.LivingWage => $"{Capital(field)} is at least {criterion.Pct?.ToString("0.##", CultureInfo.InvariantCulture)}% of the living wage for the county and household type",
            CriterionOp.GreaterOrEqual => $"{Capital(field)}: at least {number}",
            CriterionOp.Greater => $"{Capital(field)}: more than {number}",
            CriterionOp.LessOrEqual => $"{Capital(field)}: at most {number}",
            CriterionOp.Less => $"{Capital(field)}: less than {number}",
            CriterionOp.Equal => $"{Capital(field)}: exactly {number}",
            CriterionOp.NotEqual => $"{Capital(field)}: anything but {number}",
            CriterionOp.In => $"{Capital(field)} is one of: {string.Join(", ", criterion.Values ?? [])}",
            CriterionOp.NotIn => $"{Capital(field)} is none of: {string.Join(", ", criterion.Values ?? [])}",
            _ => $"{Capital(field)} {Criterion.Symbol(criterion.Op)} {number}",
        };
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
