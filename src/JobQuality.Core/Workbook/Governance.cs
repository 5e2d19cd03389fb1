namespace JobQuality.Core.Workbook;

/// <summary>Governance and reporting: who reviews progress, how often, the plan-do-check-act cycle, and the public report.</summary>
public static class Governance
{
    public const string ToolKey = "governance";

    public static WorkbookForm Form { get; } = new(ToolKey,
    [
        new FormSection("review", "Who reviews progress, and when", "Progress is only reviewed if someone owns the review and it sits in the calendar.",
        [
            new FormField("review-body", "The review body",
                "The group that looks at progress and can change course: a board committee, the coalition's steering group, or both. Name who chairs it.",
                Example: "The board's workforce committee, with two coalition members and one worker representative; chaired by the committee vice-chair."),
            new FormField("cadence", "Cadence",
                "How often the review body meets on this plan, and what triggers an extra review (a goal slipping, a partner leaving, new data).",
                Example: "Quarterly, in the month after placement data is refreshed; an extra meeting if any goal is two quarters behind."),
        ]),
        new FormSection("pdca", "Plan, do, check, act", "One turn of the cycle per review period. Note how the team will work each step.",
        [
            new FormField("plan", "Plan", "What the team sets out to do this period, and how it will know whether it worked."),
            new FormField("do", "Do", "Who carries out the work, and how they record what actually happened."),
            new FormField("check", "Check", "Which indicators and worker feedback the review body looks at, and who prepares them."),
            new FormField("act", "Act", "How the team decides to keep, adjust or drop an approach, and where that decision is written down."),
        ]),
        new FormSection("public", "Reporting in public", "Being open about results, including disappointing ones, builds trust with workers and funders.",
        [
            new FormField("public-report", "How progress will be reported publicly",
                "What is published, where, how often and by whom: a dashboard, a yearly report, a slot at a public board meeting. Small groups' results are withheld so nobody can be identified.",
                Example: "A one-page progress report on the board's website each June, presented at the public board meeting."),
        ]),
    ]);
}
