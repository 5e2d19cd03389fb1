namespace JobQuality.Core.Scoring;

/// <summary>
/// One job placement from a case-management export. Every field but the id and date is optional:
/// null means the cell was blank, which the engine treats as unknown, never as zero or "no".
/// </summary>
public sealed class Placement
{
    public string PlacementId { get; set; } = "";
    public DateOnly PlacementDate { get; set; }
    public string? ParticipantId { get; set; }
    public string? Program { get; set; }
    public string? EmployerName { get; set; }
    public string? EmployerNaics { get; set; }
    public string? OccupationSoc { get; set; }
    public string? CountyFips { get; set; }
    public string? HouseholdType { get; set; }
    public decimal? HourlyWage { get; set; }
    public decimal? WeeklyHours { get; set; }
    public string? EmploymentType { get; set; }
    public int? ScheduleNoticeDays { get; set; }
    public bool? HealthInsuranceOffered { get; set; }
    public decimal? EmployerPremiumSharePct { get; set; }
    public int? PaidLeaveDays { get; set; }
    public bool? RetirementPlanOffered { get; set; }
    public bool? WorkerVoice { get; set; }
    public bool? TrainingProvided { get; set; }
    public bool? CareerPathway { get; set; }
    public int? SafetyViolations3y { get; set; }
    public int? EnvCultureRating { get; set; }
    public int? PurposeRating { get; set; }
    public string? RaceEthnicity { get; set; }
    public string? Sex { get; set; }
    public int? Age { get; set; }
    public bool? Veteran { get; set; }
    public bool? Disability { get; set; }

    /// <summary>Empties every field, so one instance can be refilled row after row.</summary>
    public void Clear()
    {
        PlacementId = "";
        PlacementDate = default;
        ParticipantId = Program = EmployerName = EmployerNaics = OccupationSoc = CountyFips = HouseholdType = null;
        EmploymentType = RaceEthnicity = Sex = null;
        HourlyWage = WeeklyHours = EmployerPremiumSharePct = null;
        ScheduleNoticeDays = PaidLeaveDays = SafetyViolations3y = EnvCultureRating = PurposeRating = Age = null;
        HealthInsuranceOffered = RetirementPlanOffered = WorkerVoice = TrainingProvided = CareerPathway = Veteran = Disability = null;
    }
}
