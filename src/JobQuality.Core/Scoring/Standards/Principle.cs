namespace JobQuality.Core.Scoring.Standards;

/// <summary>The eight job quality principles, in the order of the contract.</summary>
public enum Principle
{
    Earnings,
    Schedules,
    SafetyAndSecurity,
    Benefits,
    VoiceAndRepresentation,
    LearningAndDevelopment,
    EnvironmentAndCulture,
    PurposeAndMeaning,
}

/// <summary>How a principle counts: required for a quality job, only in the score, or not at all.</summary>
public enum PrincipleMode
{
    Required,
    Scored,
    NotUsed,
}
