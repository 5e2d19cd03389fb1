using JobQuality.Core.Scoring;

namespace JobQuality.Core.Baseline;

/// <summary>
/// One placement's stored result (SCORING.md section 4) from the latest scoring run, with the placement's date and
/// its group in each breakdown, written in the same pass that scores and adds up the dashboard's
/// <see cref="BaselineRollup"/>, so the two always agree and the roll-up can be rebuilt from the results alone.
/// No participant id or employer is kept here: results feed aggregates only.
/// </summary>
public sealed class PlacementResult
{
    public Guid OrganizationId { get; set; }
    public string PlacementId { get; set; } = "";
    public Guid ScoringRunId { get; set; }

    /// <summary>The order the placement was first imported in: a group's name is its spelling seen first, as in the CLI.</summary>
    public long Sequence { get; set; }

    public Classification Classification { get; set; }
    public decimal Score { get; set; }

    // One status per principle; null when the standards the run used do not use the principle.
    public PrincipleStatus? Earnings { get; set; }
    public PrincipleStatus? Schedules { get; set; }
    public PrincipleStatus? SafetyAndSecurity { get; set; }
    public PrincipleStatus? Benefits { get; set; }
    public PrincipleStatus? VoiceAndRepresentation { get; set; }
    public PrincipleStatus? LearningAndDevelopment { get; set; }
    public PrincipleStatus? EnvironmentAndCulture { get; set; }
    public PrincipleStatus? PurposeAndMeaning { get; set; }

    public DateOnly PlacementDate { get; set; }

    // The placement's group in each breakdown (SCORING.md section 5), as Breakdowns.GroupOf names it: the value
    // trimmed, the age band, Yes / No, or "Not reported". Stored as groups so the database groups exactly as the CLI.
    public string RaceEthnicity { get; set; } = "";
    public string Sex { get; set; } = "";
    public string Program { get; set; } = "";
    public string CountyFips { get; set; } = "";
    public string Naics2 { get; set; } = "";
    public string AgeBand { get; set; } = "";
    public string Veteran { get; set; } = "";
    public string Disability { get; set; } = "";
}
