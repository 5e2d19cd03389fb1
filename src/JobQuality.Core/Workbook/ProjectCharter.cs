namespace JobQuality.Core.Workbook;

/// <summary>The project charter: six parts that set how the coalition team works together.</summary>
public static class ProjectCharter
{
    public const string ToolKey = "charter";

    public static WorkbookForm Form { get; } = new(ToolKey,
    [
        new FormSection("identity", "Identity and values", "Why this team exists and what it stands for.",
        [
            new FormField("values", "Values", "The principles the team will not trade away, in a few words each."),
            new FormField("vision", "Vision", "What work in your region looks like if the team succeeds, in one or two sentences."),
        ]),
        new FormSection("roles", "Roles and responsibilities", "Who does what, and who else needs to be part of it.",
        [
            new FormField("members", "Members and their responsibilities",
                "Who sits on the team and what each person is on the hook for. The Team page lists people; say here what they own."),
            new FormField("stakeholders", "Stakeholder engagement", "Who outside the team must be kept close, and how you will involve them."),
            new FormField("inclusion", "Diversity and inclusion statement",
                "How the team makes sure the workers it aims to help, and the organizations closest to them, shape the work."),
        ]),
        new FormSection("communication", "Communication", "How the team stays in touch and makes decisions.",
        [
            new FormField("channels", "Channels", "Where conversations happen: email list, shared drive, chat, standing calls."),
            new FormField("meetings", "Meeting schedule", "How often the whole team meets, and who sends the agenda.",
                Example: "Second Tuesday of each month, 9–10 am, hosted by the board; agenda a week ahead."),
            new FormField("decisions", "How decisions are made",
                "Consensus, majority vote, or a named decider after consultation, and what happens when the team is split."),
        ]),
        new FormSection("goals", "Goals and accountability", "What the team will achieve and how it will hold itself to it.",
        [
            new FormField("initial-goals", "Initial goals", "The first goals the team commits to, with dates."),
            new FormField("metrics", "Performance metrics", "The numbers that will show progress, and where they come from."),
            new FormField("accountability", "Accountability mechanisms", "How members report back, and what happens when a commitment slips."),
        ]),
        new FormSection("conflict", "Conflict resolution", "Disagreement is expected; agree now on how to handle it.",
        [
            new FormField("process", "Process", "The steps the team takes when members disagree, and who steps in if that does not settle it."),
            new FormField("feedback", "Feedback mechanism", "How any member, or a worker the team serves, can raise a concern safely."),
        ]),
        new FormSection("adaptation", "Adaptation", "Plans change; say how this one will.",
        [
            new FormField("review", "Review cadence", "When the team revisits this charter and its plan.", Example: "Every six months, and whenever a member organization changes."),
            new FormField("flexibility", "Flexibility statement", "How open the team is to changing course, and who can propose it."),
        ]),
    ]);
}
