namespace JobQuality.Core.Plans;

/// <summary>Where a plan stands on one planning tool.</summary>
public enum ToolProgress
{
    NotStarted = 0,
    InProgress = 1,
    Done = 2,
}

/// <summary>A planning tool of the Starter Guide, as a step of the plan's journey.</summary>
/// <param name="Key">Stable key stored with progress and used in the URL.</param>
/// <param name="Title">What users call it.</param>
/// <param name="Summary">One plain sentence on what the tool is for.</param>
public sealed record PlanningTool(string Key, string Title, string Summary);

/// <summary>
/// The tools in journey order. Only tools that have been built are listed: the app never shows
/// a step a user cannot open. Each tool's issue adds its entry here.
/// </summary>
public static class PlanningJourney
{
    public const string TeamToolKey = "team";
    public const string ValuePropositionToolKey = "value-proposition";

    public static IReadOnlyList<PlanningTool> Tools { get; } =
    [
        new(Workbook.Foundations.ToolKey, "Foundations", "Scan what already exists, then choose where the team will start."),
        new(TeamToolKey, "Team", "Who is on the coalition team, and what the team is missing."),
        new(Workbook.ProjectCharter.ToolKey, "Project charter", "How the team works together, in six parts."),
        new(ValuePropositionToolKey, "Value proposition", "Who the work helps, with what, and which levers it pulls, in one sentence."),
        new(Canvas.JobQualityCanvas.ToolKey, "Job Quality Canvas", "The whole initiative on one page: mission and nine squares."),
        new(Pitch.PitchFeedbackTool.ToolKey, "Pitch feedback", "What each audience said when the team pitched its canvas, and the changes the canvas took from it."),
        new(Worksheets.DataWorksheets.ToolKey, "Data worksheets", "How the team will measure success: the data it needs, where that data is, and the signs of change."),
        new(Workbook.OurCharge.ToolKey, "Our charge (Ad-Lib #2)", "What the coalition has taken on, its first steps, and what will be different if it succeeds."),
        new(ActionPlans.ActionPlanTool.ToolKey, "Action plan", "Strategies broken into dated steps, who does what (RACI), which steps wait on which, and the director's approval."),
        new(Workbook.Governance.ToolKey, "Governance and reporting", "Who reviews progress, how often, and how the team reports it in public."),
        new(Challenges.ChallengeLibrary.ToolKey, "Challenges and responses", "The obstacles the team expects or meets, how it will respond, and who keeps watch over each."),
    ];

    public static PlanningTool? Find(string key) => Tools.FirstOrDefault(t => t.Key == key);

    /// <summary>Share of the journey done, in whole percent; 0 when no tool exists yet.</summary>
    public static int PercentDone(IEnumerable<ToolProgress> progress)
    {
        var states = progress.ToList();
        if (Tools.Count == 0) return 0;
        var done = states.Count(p => p == ToolProgress.Done);
        return (int)Math.Round(100m * done / Tools.Count, MidpointRounding.AwayFromZero);
    }
}
