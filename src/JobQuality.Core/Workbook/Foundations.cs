namespace JobQuality.Core.Workbook;

/// <summary>The Foundations tool: an environment scan, then where the team will start.</summary>
public static class Foundations
{
    public const string ToolKey = "foundations";

    public static WorkbookForm Form { get; } = new(ToolKey,
    [
        new FormSection("scan", "Environment scan",
            "Take stock of what already exists before deciding what to change. Short notes are enough; add links to the documents you mention.",
        [
            new FormField("standards", "Standards and worker protections already in place",
                "Wage floors, scheduling or paid-leave ordinances, safety rules, and any criteria your board already applies to employer partners.",
                Example: "County minimum wage of $16.50; fair-workweek ordinance for retail and food service since 2024."),
            new FormField("commitments", "Commitments already made",
                "Pledges, strategic-plan goals or funder conditions that already mention job quality, and who made them."),
            new FormField("labor-market", "What the labor market data says",
                "Which occupations and industries your placements go to, what they pay, and how that compares with local living costs."),
            new FormField("what-it-means", "What job quality means to the people you serve",
                "What staff, partners and participants say a good job is. Quote them where you can: their words will carry the case."),
            new FormField("policies", "Agency policies that help or hinder",
                "Rules, performance measures or contract terms that push toward quick placements, and any that already reward quality."),
            new FormField("links", "Links to documents and sources",
                "One web address per line: reports, ordinances, dashboards or shared folders the scan draws on.", FieldKind.Links),
        ]),
        new FormSection("start", "Where to start",
            "Choose a starting point the team can actually move. Begin with what you control, then what you can influence.",
        [
            new FormField("controls", "What the team controls",
                "Decisions the coalition's own organizations can make without asking anyone: your contracts, your services, your own hiring."),
            new FormField("influences", "What the team can influence",
                "Decisions others make that you can shape through relationships, funding or public voice."),
            new FormField("neither", "What is outside the team's reach for now",
                "Naming these keeps the team from spending its first months where it cannot win."),
            new FormField("levers", "The lever or levers you will pull",
                "Pick the levers that fit what you control or influence. You can change this later.", FieldKind.Levers),
            new FormField("goals", "Goals",
                "Two or three goals, each specific enough that you will know when it is reached.",
                Example: "By June 2027, every employer in our on-the-job training program pays at least the county living wage."),
            new FormField("equity", "How the goals advance equity",
                "Which workers are most often left in low-quality jobs today, and how these goals change that for them."),
        ]),
    ]);
}
