namespace JobQuality.Core.Scoring.Standards;

/// <summary>Another framework a funder may report job quality in, with its parts as the framework names them.</summary>
public sealed record QualityFramework(string Key, string Name, IReadOnlyList<string> Parts);

/// <summary>
/// Which parts of other job quality frameworks each of the eight principles speaks to (DOMAIN.md, "Other frameworks the
/// same data can be viewed through"), so a board can report its results in a funder's terms. A principle may map to
/// several parts, and a part may have no principle at all (the table shows that gap too).
/// </summary>
public static class StandardsCrosswalk
{
    public static readonly QualityFramework DolGoodJobs = new("dol-good-jobs", "DOL Good Jobs principles",
    [
        "Equitable recruitment and hiring", "Benefits", "Diversity, equity, inclusion and accessibility", "Empowerment and representation",
        "Job security and working conditions", "Organizational culture", "Pay", "Skills and career advancement",
    ]);

    public static readonly QualityFramework JffQualityJobs = new("jff", "JFF Quality Jobs Framework",
        ["Compensation", "Advancement", "Agency and culture", "Structure"]);

    public static readonly QualityFramework DolClusters = new("dol-clusters", "DOL's seven clusters",
    [
        "Worker voice and representation", "Job security", "Pay equity", "Predictable scheduling and paid leave",
        "Retirement and health benefits", "Working conditions", "Advancement and skill building",
    ]);

    public static IReadOnlyList<QualityFramework> Frameworks { get; } = [DolGoodJobs, JffQualityJobs, DolClusters];

    private static readonly Dictionary<(Principle, QualityFramework), string[]> Map = new()
    {
        [(Principle.Earnings, DolGoodJobs)] = ["Pay"],
        [(Principle.Earnings, JffQualityJobs)] = ["Compensation"],
        [(Principle.Earnings, DolClusters)] = ["Pay equity"],

        [(Principle.Schedules, DolGoodJobs)] = ["Job security and working conditions"],
        [(Principle.Schedules, JffQualityJobs)] = ["Structure"],
        [(Principle.Schedules, DolClusters)] = ["Predictable scheduling and paid leave"],

        [(Principle.SafetyAndSecurity, DolGoodJobs)] = ["Job security and working conditions"],
        [(Principle.SafetyAndSecurity, JffQualityJobs)] = ["Structure"],
        [(Principle.SafetyAndSecurity, DolClusters)] = ["Job security", "Working conditions"],

        [(Principle.Benefits, DolGoodJobs)] = ["Benefits"],
        [(Principle.Benefits, JffQualityJobs)] = ["Compensation"],
        [(Principle.Benefits, DolClusters)] = ["Retirement and health benefits", "Predictable scheduling and paid leave"],

        [(Principle.VoiceAndRepresentation, DolGoodJobs)] = ["Empowerment and representation"],
        [(Principle.VoiceAndRepresentation, JffQualityJobs)] = ["Agency and culture"],
        [(Principle.VoiceAndRepresentation, DolClusters)] = ["Worker voice and representation"],

        [(Principle.LearningAndDevelopment, DolGoodJobs)] = ["Skills and career advancement"],
        [(Principle.LearningAndDevelopment, JffQualityJobs)] = ["Advancement"],
        [(Principle.LearningAndDevelopment, DolClusters)] = ["Advancement and skill building"],

        [(Principle.EnvironmentAndCulture, DolGoodJobs)] = ["Organizational culture", "Diversity, equity, inclusion and accessibility"],
        [(Principle.EnvironmentAndCulture, JffQualityJobs)] = ["Agency and culture"],
        [(Principle.EnvironmentAndCulture, DolClusters)] = ["Working conditions"],

        [(Principle.PurposeAndMeaning, DolGoodJobs)] = ["Organizational culture"],
        [(Principle.PurposeAndMeaning, JffQualityJobs)] = ["Agency and culture"],
        [(Principle.PurposeAndMeaning, DolClusters)] = [],
    };

    /// <summary>The parts of <paramref name="framework"/> that <paramref name="principle"/> speaks to (none is possible).</summary>
    public static IReadOnlyList<string> PartsFor(Principle principle, QualityFramework framework) =>
        Map.TryGetValue((principle, framework), out var parts) ? parts : [];

    /// <summary>Parts of a framework that none of the eight principles covers: what a board must report from other data.</summary>
    public static IReadOnlyList<string> Uncovered(QualityFramework framework) =>
        framework.Parts.Where(part => !Enum.GetValues<Principle>().Any(p => PartsFor(p, framework).Contains(part))).ToList();
}
