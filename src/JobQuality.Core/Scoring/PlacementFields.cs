using System.Collections.Frozen;

namespace JobQuality.Core.Scoring;

/// <summary>The columns of a placements file (SCORING.md section 1), in the order of the contract.</summary>
public static class PlacementFields
{
    public static IReadOnlyList<PlacementField> All { get; } =
    [
        Text("placement_id", p => p.PlacementId, (p, v) => p.PlacementId = v, required: true, inCriteria: false, unique: true),
        new()
        {
            Name = "placement_date", Type = FieldType.Date, Required = true, UsableInCriteria = false,
            Parse = (cell, p, _) =>
            {
                if (FieldValues.Date(cell, out var date) is { } problem) return problem;
                p.PlacementDate = date;
                return null;
            },
        },
        Text("participant_id", p => p.ParticipantId, (p, v) => p.ParticipantId = v, inCriteria: false, unique: true),
        Text("program", p => p.Program, (p, v) => p.Program = v),
        Text("employer_name", p => p.EmployerName, (p, v) => p.EmployerName = v),
        Text("employer_naics", p => p.EmployerNaics, (p, v) => p.EmployerNaics = v, check: cell => FieldValues.Digits(cell, 2, 6)),
        Text("occupation_soc", p => p.OccupationSoc, (p, v) => p.OccupationSoc = v, check: FieldValues.Soc),
        Text("county_fips", p => p.CountyFips, (p, v) => p.CountyFips = v, check: cell => FieldValues.Digits(cell, 5, 5)),
        new()
        {
            Name = "household_type", Type = FieldType.Text, Text = p => p.HouseholdType,
            Parse = (cell, p, _) =>
            {
                p.HouseholdType = HouseholdTypes.Normalize(cell);
                return p.HouseholdType is null ? $"is not a household type (use one of {string.Join(", ", HouseholdTypes.All)})" : null;
            },
        },
        Decimal("hourly_wage", p => p.HourlyWage, (p, v) => p.HourlyWage = v, 0, decimal.MaxValue),
        Decimal("weekly_hours", p => p.WeeklyHours, (p, v) => p.WeeklyHours = v, 0, 168),
        Text("employment_type", p => p.EmploymentType, (p, v) => p.EmploymentType = v),
        Integer("schedule_notice_days", p => p.ScheduleNoticeDays, (p, v) => p.ScheduleNoticeDays = v, 0, int.MaxValue),
        Boolean("health_insurance_offered", p => p.HealthInsuranceOffered, (p, v) => p.HealthInsuranceOffered = v),
        Decimal("employer_premium_share_pct", p => p.EmployerPremiumSharePct, (p, v) => p.EmployerPremiumSharePct = v, 0, 100),
        Integer("paid_leave_days", p => p.PaidLeaveDays, (p, v) => p.PaidLeaveDays = v, 0, int.MaxValue),
        Boolean("retirement_plan_offered", p => p.RetirementPlanOffered, (p, v) => p.RetirementPlanOffered = v),
        Boolean("worker_voice", p => p.WorkerVoice, (p, v) => p.WorkerVoice = v),
        Boolean("training_provided", p => p.TrainingProvided, (p, v) => p.TrainingProvided = v),
        Boolean("career_pathway", p => p.CareerPathway, (p, v) => p.CareerPathway = v),
        Integer("safety_violations_3y", p => p.SafetyViolations3y, (p, v) => p.SafetyViolations3y = v, 0, int.MaxValue),
        Integer("env_culture_rating", p => p.EnvCultureRating, (p, v) => p.EnvCultureRating = v, 1, 5),
        Integer("purpose_rating", p => p.PurposeRating, (p, v) => p.PurposeRating = v, 1, 5),
        Text("race_ethnicity", p => p.RaceEthnicity, (p, v) => p.RaceEthnicity = v, inCriteria: false),
        Text("sex", p => p.Sex, (p, v) => p.Sex = v, inCriteria: false),
        Integer("age", p => p.Age, (p, v) => p.Age = v, 14, 120, inCriteria: false),
        Boolean("veteran", p => p.Veteran, (p, v) => p.Veteran = v, inCriteria: false),
        Boolean("disability", p => p.Disability, (p, v) => p.Disability = v, inCriteria: false),
    ];

    private static readonly FrozenDictionary<string, PlacementField> ByName =
        All.ToFrozenDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a column by name, ignoring letter case and surrounding spaces.</summary>
    public static PlacementField? Find(string name) => ByName.GetValueOrDefault(name.Trim());

    /// <param name="unique">Values differ on every row (identifiers): not worth sharing between rows.</param>
    private static PlacementField Text(string name, Func<Placement, string?> get, Action<Placement, string> set,
        bool required = false, bool inCriteria = true, Func<ReadOnlySpan<char>, string?>? check = null, bool unique = false) => new()
        {
            Name = name,
            Type = FieldType.Text,
            Required = required,
            UsableInCriteria = inCriteria,
            Text = get,
            Parse = (cell, p, texts) =>
            {
                if (check?.Invoke(cell) is { } problem) return problem;
                set(p, unique ? cell.ToString() : texts.Get(cell));
                return null;
            },
        };

    private static PlacementField Decimal(string name, Func<Placement, decimal?> get, Action<Placement, decimal> set, decimal min, decimal max) => new()
    {
        Name = name,
        Type = FieldType.Decimal,
        Number = get,
        Parse = (cell, p, _) =>
        {
            if (FieldValues.Decimal(cell, min, max, out var v) is { } problem) return problem;
            set(p, v);
            return null;
        },
    };

    private static PlacementField Integer(string name, Func<Placement, int?> get, Action<Placement, int> set, int min, int max, bool inCriteria = true) => new()
    {
        Name = name,
        Type = FieldType.Integer,
        UsableInCriteria = inCriteria,
        Number = p => get(p),
        Parse = (cell, p, _) =>
        {
            if (FieldValues.Integer(cell, min, max, out var v) is { } problem) return problem;
            set(p, v);
            return null;
        },
    };

    private static PlacementField Boolean(string name, Func<Placement, bool?> get, Action<Placement, bool> set, bool inCriteria = true) => new()
    {
        Name = name,
        Type = FieldType.Boolean,
        UsableInCriteria = inCriteria,
        Boolean = get,
        Parse = (cell, p, _) =>
        {
            if (FieldValues.Boolean(cell, out var v) is { } problem) return problem;
            set(p, v);
            return null;
        },
    };
}
