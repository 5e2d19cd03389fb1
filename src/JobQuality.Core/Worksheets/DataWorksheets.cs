using JobQuality.Core.Plans;
using JobQuality.Core.Workbook;

namespace JobQuality.Core.Worksheets;

/// <summary>A change in how the team thinks about data, from the usual habit to the one job quality work needs.</summary>
public sealed record MindsetShift(string Key, string From, string To, string Guidance)
{
    public string CheckField => $"shift-{Key}";
    public string NotesField => $"shift-{Key}-notes";
}

/// <summary>
/// The data worksheets ("measuring success"): the mindset-shift checklist, worksheet 1 (the data needed), worksheet 2
/// (how the team will know it worked) and three commitments. The checklist and the commitments are form answers;
/// the worksheets' rows are <see cref="DataNeed"/>, <see cref="KeyDifference"/> and <see cref="SuccessIndicator"/>.
/// </summary>
public static class DataWorksheets
{
    public const string ToolKey = "data-worksheets";
    public const string Checked = "yes";
    public const string ShareField = "commit-share";
    public const string CollectField = "commit-collect";
    public const string TrackField = "commit-track";

    public static IReadOnlyList<MindsetShift> Shifts { get; } =
    [
        new("impact", "Tracking performance", "Tracking impact and return on investment",
            "Counting placements says what the programs did; the question now is what changed for workers and whether it was worth the money."),
        new("context", "Our agency's data alone", "Administrative, statistical and commercial data read together",
            "Wage records, labor market statistics and commercial job-posting data each fill gaps the others leave."),
        new("voice", "Numbers only", "Numbers and worker voice",
            "Surveys, interviews and listening sessions explain what the numbers cannot: why people stay, leave or struggle."),
        new("disaggregated", "Totals", "Results broken down by group, and by groups in combination",
            "An average can hide who is left behind: look by race and ethnicity, sex, age and place, and where they overlap."),
        new("sharing", "Data kept in silos", "Data shared through agreements and connected systems",
            "Data-sharing agreements and system connections let partners see the same picture without re-keying it."),
        new("partnerships", "Doing it all in-house", "Public and private partners working on the data together",
            "Employers, colleges, researchers and vendors may hold or analyse what the board cannot on its own."),
        new("longitudinal", "A snapshot at one point in time", "Following people and jobs over time",
            "A job that looks good on day one may not be in a year: retention, raises and promotion show up only over time."),
    ];

    public static WorkbookForm Form { get; } = new(ToolKey,
    [
        new FormSection("mindset", "Mindset shifts",
            "Tick a shift when the team has talked it through and agrees to make it; note what it means for your work.",
            Shifts.SelectMany(s => new[]
            {
                new FormField(s.CheckField, $"From {s.From.ToLowerInvariant()} to {s.To.ToLowerInvariant()}", s.Guidance, FieldKind.Check),
                new FormField(s.NotesField, $"Notes: {s.To}", "What this shift means for the team, and what is in the way.", FieldKind.Text),
            }).ToList()),
        new FormSection("commitments", "Three commitments", "Choose a first step of each kind: small enough to start this quarter.",
        [
            new FormField(ShareField, "One type of data we will begin sharing",
                "Data the team already has (or a partner holds) that it will start sharing, and with whom."),
            new FormField(CollectField, "One type of data we will begin collecting",
                "Data that does not exist yet, or is not collected in a usable way, that the team will start gathering."),
            new FormField(TrackField, "One indicator we will begin tracking",
                "An indicator from worksheet 2 the team will report on regularly, starting now."),
        ]),
    ]);

    /// <summary>
    /// Not started while nothing is written; done when both lists of worksheet 1 have a row, worksheet 2 has a difference
    /// with at least one process and one change indicator, and all three commitments are made.
    /// </summary>
    public static ToolProgress Progress(
        IEnumerable<string> answeredFieldKeys, IEnumerable<DataPurpose> rowPurposes, int differences, IEnumerable<(Guid Difference, IndicatorKind Kind)> indicators)
    {
        var answered = answeredFieldKeys.ToHashSet();
        var purposes = rowPurposes.ToHashSet();
        var kinds = indicators.GroupBy(i => i.Difference).Select(g => g.Select(i => i.Kind).ToHashSet()).ToList();
        if (answered.Count == 0 && purposes.Count == 0 && differences == 0) return ToolProgress.NotStarted;
        var done = purposes.Count == 2
            && kinds.Any(k => k.Contains(IndicatorKind.Process) && k.Contains(IndicatorKind.Change))
            && new[] { ShareField, CollectField, TrackField }.All(answered.Contains);
        return done ? ToolProgress.Done : ToolProgress.InProgress;
    }
}
